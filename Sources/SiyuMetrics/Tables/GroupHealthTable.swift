import SiyuData

/// Every group's health at the period end (KPIS.md §2): active, dead, broadcast-only (只有群主在发), dying, or too
/// young to judge.
package struct GroupRow: Sendable, Hashable {
    package enum Status: String, Sendable, CaseIterable {
        case active, dying, broadcastOnly = "broadcast_only", dead, young, quiet
    }

    package var groupId: String
    package var name: String
    package var owner: String?
    package var createdAt: Int64
    package var inboundMessages: Int
    package var previousInboundMessages: Int
    package var speakers: Int
    package var previousSpeakers: Int
    package var outboundInWindow: Int
    package var status: Status
}

package enum GroupHealthTable {
    package static func build(_ inputs: MetricInputs, period: Period, previous: Period) -> [GroupRow] {
        let window = inputs.settings.deadGroupDays * secondsPerDay
        return inputs.dataset.groups.filter { $0.createdAt < period.end }.map { group in
            let inbound = inputs.inboundByGroup[group.id] ?? []
            let speakers = inputs.inboundSpeakersByGroup[group.id] ?? []
            let outbound = inputs.outboundByGroup[group.id] ?? []
            func range(_ start: Int64, _ end: Int64) -> Range<Int> { lowerBound(inbound, start)..<lowerBound(inbound, end) }
            let now = range(period.start, period.end)
            let before = range(previous.start, previous.end)
            let inWindow = range(period.end - window, period.end)
            let outboundInWindow = lowerBound(outbound, period.end) - lowerBound(outbound, period.end - window)
            let previousSpeakers = Set(speakers[before]).count
            let status: GroupRow.Status
            if group.createdAt > period.end - window {
                status = .young
            } else if inWindow.isEmpty {
                status = outboundInWindow > 0 ? .broadcastOnly : .dead
            } else if previousSpeakers >= 3 && Double(now.count) < 0.2 * Double(before.count) {
                status = .dying
            } else {
                status = now.isEmpty ? .quiet : .active
            }
            return GroupRow(groupId: group.id, name: group.name, owner: group.owner, createdAt: group.createdAt,
                            inboundMessages: now.count, previousInboundMessages: before.count,
                            speakers: Set(speakers[now]).count, previousSpeakers: previousSpeakers,
                            outboundInWindow: outboundInWindow, status: status)
        }.sorted { ($0.status.rawValue, $0.name, $0.groupId) < ($1.status.rawValue, $1.name, $1.groupId) }
    }
}
