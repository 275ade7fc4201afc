import SiyuData

/// Pool KPIs at person level (KPIS.md §0–1): a person (customer_id) is in the pool while any of their
/// relationships is; a person who deletes two staff members is lost once; a person who comes back through a new
/// relationship after losing one is returning (回流), not new.
package enum PersonPoolCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        let persons = inputs.personIds.count
        var inPoolAtEnd = [Bool](repeating: false, count: persons)
        var lost = [Bool](repeating: false, count: persons)
        var new = [Bool](repeating: false, count: persons)
        var returning = [Bool](repeating: false, count: persons)
        for contact in inputs.contactAdded.indices {
            let person = Int(inputs.contactPerson[contact])
            if inputs.isInPool(contact, at: period.end) { inPoolAtEnd[person] = true }
            if period.contains(inputs.contactLost[contact]) { lost[person] = true }
            let added = inputs.contactAdded[contact]
            guard period.contains(added) else { continue }
            if period.contains(inputs.personFirstAdd[person]) {
                new[person] = true
            } else if inputs.personFirstLoss[person] <= added {
                returning[person] = true
            }
        }
        func count(_ flags: [Bool]) -> Double { Double(flags.reduce(0) { $0 + ($1 ? 1 : 0) }) }
        return [
            "pool_total_persons": count(inPoolAtEnd),
            "pool_new_persons": count(new),
            "pool_lost_persons": count(lost),
            "returning_persons": Double(persons == 0 ? 0 : (0..<persons).filter { returning[$0] && !new[$0] }.count),
        ]
    }
}
