import SiyuData

/// Pool KPIs at person level (KPIS.md §0–1): a person (customer_id) is in the pool while any of their
/// relationships is; a person who deletes two staff members is lost once; a person who comes back through a new
/// relationship after losing one is returning (回流), not new.
package enum PersonPoolCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        var inPoolAtEnd = Set<String>()
        var lostPersons = Set<String>()
        var firstAdd: [String: Int64] = [:]
        var firstLoss: [String: Int64] = [:]
        for contact in inputs.dataset.contacts {
            let person = contact.customerId
            if contact.isInPool(at: period.end) { inPoolAtEnd.insert(person) }
            if let lost = contact.lostAt {
                if period.contains(lost) { lostPersons.insert(person) }
                firstLoss[person] = min(firstLoss[person] ?? .max, lost)
            }
            firstAdd[person] = min(firstAdd[person] ?? .max, contact.addedAt)
        }
        var newPersons = Set<String>(), returning = Set<String>()
        for contact in inputs.dataset.contacts where period.contains(contact.addedAt) {
            let person = contact.customerId
            if let first = firstAdd[person], period.contains(first) {
                newPersons.insert(person)
            } else if let lost = firstLoss[person], lost <= contact.addedAt {
                returning.insert(person)
            }
        }
        return [
            "pool_total_persons": Double(inPoolAtEnd.count),
            "pool_new_persons": Double(newPersons.count),
            "pool_lost_persons": Double(lostPersons.count),
            "returning_persons": Double(returning.subtracting(newPersons).count),
        ]
    }
}
