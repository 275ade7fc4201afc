import SiyuData

/// Group KPIs (KPIS.md §2): active groups have a member speaking in the period; dead groups are old enough and
/// silent (no inbound message) for the whole dead-group window before the period end.
package enum GroupCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        guard inputs.dataset.present.contains(.groups), !inputs.dataset.groups.isEmpty else {
            return ["group_active_rate": nil, "dead_groups": nil]
        }
        let deadWindow = inputs.settings.deadGroupDays * secondsPerDay
        var existing = 0, active = 0, dead = 0
        for group in inputs.dataset.groups where group.createdAt < period.end {
            existing += 1
            let inbound = inputs.inboundByGroup[group.id] ?? []
            if has(inbound, from: period.start, to: period.end) { active += 1 }
            if group.createdAt <= period.end - deadWindow && !has(inbound, from: period.end - deadWindow, to: period.end) {
                dead += 1
            }
        }
        return ["group_active_rate": ratio(Double(active), Double(existing)), "dead_groups": Double(dead)]
    }

    static func has(_ times: [Int64], from start: Int64, to end: Int64) -> Bool {
        let index = lowerBound(times, start)
        return index < times.count && times[index] < end
    }
}
