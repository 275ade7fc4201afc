import SiyuData

/// The pool's movement split by channel or by staff member, for the pool page and the summary's "biggest
/// contributor": adds, losses and early losses of the period.
package struct PoolBreakdownRow: Sendable, Hashable {
    package var key: String
    package var poolEnd: Int
    package var new: Int
    package var lost: Int
    /// Contacts added in the period whose early-loss window is over, and those of them lost within it.
    package var earlyEligible: Int
    package var earlyLost: Int

    package var earlyLossRate: Double? { ratio(Double(earlyLost), Double(earlyEligible)) }
}

package enum PoolBreakdownTable {
    package enum Dimension: Sendable {
        case channel, staff
    }

    package static func build(_ inputs: MetricInputs, period: Period, asOf: Int64, by dimension: Dimension) -> [PoolBreakdownRow] {
        let window = inputs.settings.earlyLossDays * secondsPerDay
        var rows: [String: PoolBreakdownRow] = [:]
        for contact in inputs.dataset.contacts {
            let key = dimension == .channel ? contact.channel : (contact.owner ?? StaffTable.unassigned)
            var row = rows[key] ?? PoolBreakdownRow(key: key, poolEnd: 0, new: 0, lost: 0, earlyEligible: 0, earlyLost: 0)
            if contact.isInPool(at: period.end) { row.poolEnd += 1 }
            if period.contains(contact.addedAt) {
                row.new += 1
                if contact.addedAt + window <= asOf {
                    row.earlyEligible += 1
                    if let lost = contact.lostAt, lost < contact.addedAt + window { row.earlyLost += 1 }
                }
            }
            if let lost = contact.lostAt, period.contains(lost) { row.lost += 1 }
            rows[key] = row
        }
        return rows.values.sorted { ($0.new + $0.lost, $0.poolEnd, $1.key) > ($1.new + $1.lost, $1.poolEnd, $0.key) }
    }
}
