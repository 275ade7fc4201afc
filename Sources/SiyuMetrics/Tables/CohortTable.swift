import SiyuData

/// Retention cohorts (KPIS.md §4): contacts grouped by the period of their add; cell k is the share still in the
/// pool at the end of period c+k (relationship), active in it, or buying in it. Cells not yet over by the as-of
/// instant are nil (blank), never 0; the denominator is always the whole cohort.
package struct CohortMatrix: Sendable, Hashable {
    package struct Row: Sendable, Hashable {
        package var cohort: Period
        package var size: Int
        package var relationship: [Double?]
        package var active: [Double?]
        package var purchase: [Double?]
    }

    package var rows: [Row]
}

/// Repurchase variant D (KPIS.md §3): of the customers whose first-ever qualifying order fell in the cohort
/// period, the share placing a second order within 30 and 90 days; nil until every member had the full window.
package struct RepurchaseCohort: Sendable, Hashable {
    package var cohort: Period
    package var firstTimeBuyers: Int
    package var within30Days: Double?
    package var within90Days: Double?
}

/// N-day retention of the period's new contacts: active on exactly day d0 + N, and still in the pool then.
package struct DayRetention: Sendable, Hashable {
    package var day: Int
    package var cohort: Int
    package var active: Double?
    package var relationship: Double?
}

package enum CohortTable {
    package static func build(_ inputs: MetricInputs, periods: [Period], asOf: Int64) -> CohortMatrix {
        guard let first = periods.first, let last = periods.last else { return CohortMatrix(rows: []) }
        let starts = periods.map(\.start)
        func index(_ instant: Int64) -> Int? {
            guard instant >= first.start, instant < last.end else { return nil }
            return lowerBound(starts, instant + 1) - 1
        }
        var sizes = Array(repeating: 0, count: periods.count)
        var stillIn = Array(repeating: Array(repeating: 0, count: periods.count), count: periods.count)
        var active = stillIn, buying = stillIn
        for contact in inputs.dataset.contacts {
            guard let cohort = index(contact.addedAt) else { continue }
            sizes[cohort] += 1
            for k in cohort..<periods.count where contact.lostAt.map({ $0 >= periods[k].end }) ?? true {
                stillIn[cohort][k] += 1
            }
            var activePeriods = Set<Int>(), buyingPeriods = Set<Int>()
            for touch in inputs.touchesByContact[contact.id] ?? [] where touch.direction == .inbound {
                if let k = index(touch.at), k >= cohort { activePeriods.insert(k) }
            }
            for time in inputs.purchaseTimes[contact.customerId] ?? [] {
                if let k = index(time), k >= cohort { activePeriods.insert(k); buyingPeriods.insert(k) }
            }
            for k in activePeriods { active[cohort][k] += 1 }
            for k in buyingPeriods { buying[cohort][k] += 1 }
        }
        let rows = periods.indices.map { c -> CohortMatrix.Row in
            func shares(_ counts: [Int]) -> [Double?] {
                (c..<periods.count).map { k in periods[k].end > asOf ? nil : ratio(Double(counts[k]), Double(sizes[c])) }
            }
            return CohortMatrix.Row(cohort: periods[c], size: sizes[c], relationship: shares(stillIn[c]),
                                    active: shares(active[c]), purchase: shares(buying[c]))
        }
        return CohortMatrix(rows: rows)
    }

    package static func repurchaseCohorts(_ inputs: MetricInputs, periods: [Period], asOf: Int64) -> [RepurchaseCohort] {
        periods.map { period in
            var buyers = 0, second30 = 0, second90 = 0
            for times in inputs.purchaseTimes.values {
                guard let first = times.first, period.contains(first) else { continue }
                buyers += 1
                // The second order is the next qualifying payment after the first (same-day orders count).
                if times.count > 1 {
                    let gap = times[1] - first
                    if gap < 30 * secondsPerDay { second30 += 1 }
                    if gap < 90 * secondsPerDay { second90 += 1 }
                }
            }
            func share(_ count: Int, _ days: Int64) -> Double? {
                period.end + days * secondsPerDay <= asOf ? ratio(Double(count), Double(buyers)) : nil
            }
            return RepurchaseCohort(cohort: period, firstTimeBuyers: buyers, within30Days: share(second30, 30),
                                    within90Days: share(second90, 90))
        }
    }

    /// 次日/7日/30日留存 for contacts added in the period (exact calendar day in the configured zone).
    package static func dayRetention(_ inputs: MetricInputs, period: Period, asOf: Int64, days: [Int] = [1, 7, 30]) -> [DayRetention] {
        let clock = inputs.settings.clock
        let asOfDay = clock.day(of: asOf)
        return days.map { n in
            var cohort = 0, active = 0, kept = 0
            for contact in inputs.dataset.contacts where period.contains(contact.addedAt) {
                let target = clock.day(of: contact.addedAt) + Int64(n)
                guard target < asOfDay else { continue }  // day d0 + N not over yet: censored
                cohort += 1
                let start = clock.instant(day: target), end = clock.instant(day: target + 1)
                if contact.lostAt.map({ $0 >= end }) ?? true { kept += 1 }
                let touched = (inputs.touchesByContact[contact.id] ?? []).contains {
                    $0.direction == .inbound && $0.at >= start && $0.at < end
                }
                if touched || inputs.hasPurchase(contact.customerId, from: start, to: end) { active += 1 }
            }
            return DayRetention(day: n, cohort: cohort, active: ratio(Double(active), Double(cohort)),
                                relationship: ratio(Double(kept), Double(cohort)))
        }
    }
}
