import SiyuData

/// Activity (KPIS.md §2): a contact is active in a period with an inbound touch or a qualifying order.
/// Outbound touches alone never make a contact active.
package enum ActivityCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        var exposed = 0
        var customersInPeriod: [String: [String]] = [:]  // customer id → contact ids seen in the period
        var contactIds = Set<String>()
        for contact in inputs.dataset.contacts where contact.addedAt < period.end
            && (contact.lostAt.map { $0 >= period.start } ?? true) {
            exposed += 1
            contactIds.insert(contact.id)
            customersInPeriod[contact.customerId, default: []].append(contact.id)
        }
        var active = Set<String>()
        for touch in inputs.dataset.touches where touch.direction == .inbound && period.contains(touch.at)
            && contactIds.contains(touch.contactId) {
            active.insert(touch.contactId)
        }
        for order in inputs.orders(from: period.start, to: period.end, qualifyingOnly: true) {
            for contact in customersInPeriod[order.customerId] ?? [] { active.insert(contact) }
        }
        let measurable = inputs.dataset.present.contains(.touches) || !inputs.dataset.orders.isEmpty
        let endPool = inputs.dataset.contacts.filter { $0.isInPool(at: period.end) }.count
        return ["active_rate": measurable ? ratio(Double(active.count), Double(exposed)) : nil,
                "active_rate_end": measurable ? ratio(Double(active.count), Double(endPool)) : nil]
    }
}
