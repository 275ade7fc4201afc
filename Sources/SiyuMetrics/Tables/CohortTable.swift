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
    /// `periods` ascending, each starting where the one before ends (`Period.trailing`).
    package static func build(_ inputs: MetricInputs, periods: [Period], asOf: Int64) -> CohortMatrix {
        guard let last = periods.last else { return CohortMatrix(rows: []) }
        precondition(zip(periods, periods.dropFirst()).allSatisfy { $0.end == $1.start }, "cohort periods follow one another")
        let starts = periods.map(\.start)
        let count = periods.count
        var sizes = Array(repeating: 0, count: count)
        // Cohort c's count for period k at c * count + k: one flat list rather than a list per cohort, whose
        // nested updates checked two buffers' uniqueness each.
        var stillIn = Array(repeating: 0, count: count * count)
        var active = stillIn, buying = stillIn
        var activePeriods = [Bool](repeating: false, count: periods.count)
        var buyingPeriods = activePeriods
        for contact in inputs.contactAdded.indices {
            guard let cohort = periodIndex(of: inputs.contactAdded[contact], starts: starts, end: last.end) else { continue }
            sizes[cohort] += 1
            for k in cohort..<count where inputs.contactLost[contact] >= periods[k].end {
                stillIn[cohort * count + k] += 1
            }
            // Periods before the cohort's are marked too, but never read.
            ActivityCalculator.markInbound(inputs, contact, periods, &activePeriods)
            for k in cohort..<count { buyingPeriods[k] = false }
            // Purchases come in time order, so their period only moves forward.
            var k = cohort
            let person = Int(inputs.contactPerson[contact])
            for purchase in inputs.purchaseRange(person, from: periods[cohort].start, to: last.end) {
                while inputs.purchaseTimes[purchase] >= periods[k].end { k += 1 }
                activePeriods[k] = true
                buyingPeriods[k] = true
            }
            for k in cohort..<count {
                if activePeriods[k] { active[cohort * count + k] += 1 }
                if buyingPeriods[k] { buying[cohort * count + k] += 1 }
            }
        }
        let rows = periods.indices.map { c -> CohortMatrix.Row in
            func shares(_ counts: [Int]) -> [Double?] {
                (c..<count).map { k in periods[k].end > asOf ? nil : ratio(Double(counts[c * count + k]), Double(sizes[c])) }
            }
            return CohortMatrix.Row(cohort: periods[c], size: sizes[c], relationship: shares(stillIn),
                                    active: shares(active), purchase: shares(buying))
        }
        return CohortMatrix(rows: rows)
    }

    /// `periods` as for `build`.
    package static func repurchaseCohorts(_ inputs: MetricInputs, periods: [Period], asOf: Int64) -> [RepurchaseCohort] {
        guard let last = periods.last else { return [] }
        precondition(zip(periods, periods.dropFirst()).allSatisfy { $0.end == $1.start }, "cohort periods follow one another")
        let starts = periods.map(\.start)
        // One pass over the persons for every cohort: a pass per cohort was 0.05 s of CPU at S=10.
        var buyers = [Int](repeating: 0, count: periods.count)
        var second30 = buyers, second90 = buyers
        for person in inputs.personIds.indices {
            let purchases = inputs.purchases.range(of: person)
            guard let index = purchases.first,
                  let cohort = periodIndex(of: inputs.purchaseTimes[index], starts: starts, end: last.end) else { continue }
            buyers[cohort] += 1
            // The second order is the next qualifying payment after the first (same-day orders count).
            if purchases.count > 1 {
                let gap = inputs.purchaseTimes[index + 1] - inputs.purchaseTimes[index]
                if gap < 30 * secondsPerDay { second30[cohort] += 1 }
                if gap < 90 * secondsPerDay { second90[cohort] += 1 }
            }
        }
        return periods.indices.map { cohort in
            func share(_ count: Int, _ days: Int64) -> Double? {
                periods[cohort].end + days * secondsPerDay <= asOf ? ratio(Double(count), Double(buyers[cohort])) : nil
            }
            return RepurchaseCohort(cohort: periods[cohort], firstTimeBuyers: buyers[cohort],
                                    within30Days: share(second30[cohort], 30), within90Days: share(second90[cohort], 90))
        }
    }

    /// The index of the period holding `instant`, given the periods' starts and the last one's end, or nil
    /// outside them all.
    private static func periodIndex(of instant: Int64, starts: [Int64], end: Int64) -> Int? {
        guard let first = starts.first, instant >= first, instant < end else { return nil }
        return lowerBound(starts, instant + 1) - 1
    }

    /// 次日/7日/30日留存 for contacts added in the period (exact calendar day in the configured zone).
    package static func dayRetention(_ inputs: MetricInputs, period: Period, asOf: Int64, days: [Int] = [1, 7, 30]) -> [DayRetention] {
        let clock = inputs.settings.clock
        let asOfDay = clock.day(of: asOf)
        return days.map { n in
            var cohort = 0, active = 0, kept = 0
            for contact in inputs.contactAdded.indices where period.contains(inputs.contactAdded[contact]) {
                let target = clock.day(of: inputs.contactAdded[contact]) + Int64(n)
                guard target < asOfDay else { continue }  // day d0 + N not over yet: censored
                cohort += 1
                let day = Period(kind: period.kind, startDay: target, endDay: target + 1, clock: clock)
                if inputs.contactLost[contact] >= day.end { kept += 1 }
                if ActivityCalculator.hasInbound(inputs, contact, day)
                    || inputs.hasPurchase(person: Int(inputs.contactPerson[contact]), from: day.start, to: day.end) {
                    active += 1
                }
            }
            return DayRetention(day: n, cohort: cohort, active: ratio(Double(active), Double(cohort)),
                                relationship: ratio(Double(kept), Double(cohort)))
        }
    }
}
