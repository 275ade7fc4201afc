import SiyuData

/// Activity (KPIS.md §2): a contact is active in a period with an inbound touch or a qualifying order.
/// Outbound touches alone never make a contact active.
package enum ActivityCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        var buying = [Bool](repeating: false, count: inputs.personIds.count)
        for index in inputs.orderRange(from: period.start, to: period.end, qualifyingOnly: true) {
            buying[Int(inputs.qualifyingOrderPersons[index])] = true
        }
        var exposed = 0, active = 0, endPool = 0
        for contact in inputs.contactAdded.indices {
            if inputs.isInPool(contact, at: period.end) { endPool += 1 }
            guard inputs.contactAdded[contact] < period.end, inputs.contactLost[contact] >= period.start else { continue }
            exposed += 1
            if buying[Int(inputs.contactPerson[contact])] || hasInbound(inputs, contact, period) { active += 1 }
        }
        let measurable = inputs.dataset.present.contains(.touches) || !inputs.orderTimes.isEmpty
        return ["active_rate": measurable ? ratio(Double(active), Double(exposed)) : nil,
                "active_rate_end": measurable ? ratio(Double(active), Double(endPool)) : nil]
    }

    /// Whether the subject sent anything in the period.
    static func hasInbound(_ inputs: MetricInputs, _ subject: Int, _ period: Period) -> Bool {
        var index = inputs.firstTouch(subject, from: period.start)
        let end = inputs.touches.range(of: subject).upperBound
        while index < end && inputs.touchAt[index] < period.end {
            if inputs.touchDirection[index] == .inbound { return true }
            index += 1
        }
        return false
    }
}
