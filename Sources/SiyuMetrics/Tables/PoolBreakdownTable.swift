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
        let names = dimension == .channel ? inputs.channelNames : inputs.ownerNames
        let keys = dimension == .channel ? inputs.contactChannel : inputs.contactOwner
        var rows = names.map { PoolBreakdownRow(key: $0, poolEnd: 0, new: 0, lost: 0, earlyEligible: 0, earlyLost: 0) }
        for contact in inputs.contactAdded.indices {
            let key = Int(keys[contact])
            let added = inputs.contactAdded[contact], lost = inputs.contactLost[contact]
            if inputs.isInPool(contact, at: period.end) { rows[key].poolEnd += 1 }
            if period.contains(added) {
                rows[key].new += 1
                if added + window <= asOf {
                    rows[key].earlyEligible += 1
                    if lost < added + window { rows[key].earlyLost += 1 }
                }
            }
            if period.contains(lost) { rows[key].lost += 1 }
        }
        return rows.sorted { ($0.new + $0.lost, $0.poolEnd, $1.key) > ($1.new + $1.lost, $1.poolEnd, $0.key) }
    }
}
