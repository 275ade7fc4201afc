import SiyuData

/// Pool KPIs (KPIS.md §1), at contact level, with half-open periods so S1 − S0 = new − lost holds exactly.
package enum PoolCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period, asOf: Int64) -> KPIValues {
        var startPool = 0, endPool = 0, new = 0, lost = 0
        var earlyLost = 0, earlyObserved = 0
        let earlyWindow = inputs.settings.earlyLossDays * 86_400
        for contact in inputs.contactAdded.indices {
            if inputs.isInPool(contact, at: period.start) { startPool += 1 }
            if inputs.isInPool(contact, at: period.end) { endPool += 1 }
            // Never lost reads as `.max`, which no period contains.
            let addedAt = inputs.contactAdded[contact], lostAt = inputs.contactLost[contact]
            if period.contains(addedAt) {
                new += 1
                // Early loss: only contacts whose first 7 days are over by the as-of instant count.
                if addedAt + earlyWindow <= asOf {
                    earlyObserved += 1
                    if lostAt < addedAt + earlyWindow { earlyLost += 1 }
                }
            }
            if period.contains(lostAt) { lost += 1 }
        }
        return [
            "pool_total": Double(endPool),
            "pool_new": Double(new),
            "pool_lost": Double(lost),
            "pool_net": Double(new - lost),
            "loss_rate": ratio(Double(lost), Double(startPool)),
            "loss_rate_exposure": ratio(Double(lost), Double(startPool + new)),
            "early_loss_rate": ratio(Double(earlyLost), Double(earlyObserved)),
        ]
    }

    /// S0 and S1, for the identity check on the data-quality page.
    package static func stocks(_ inputs: MetricInputs, period: Period) -> (start: Int, end: Int) {
        var start = 0, end = 0
        for contact in inputs.contactAdded.indices {
            if inputs.isInPool(contact, at: period.start) { start += 1 }
            if inputs.isInPool(contact, at: period.end) { end += 1 }
        }
        return (start, end)
    }
}
