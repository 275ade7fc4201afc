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
        var activePeriods = [Bool](repeating: false, count: periods.count)
        var buyingPeriods = activePeriods
        for contact in inputs.contactAdded.indices {
            guard let cohort = index(inputs.contactAdded[contact]) else { continue }
            sizes[cohort] += 1
            for k in cohort..<periods.count where inputs.contactLost[contact] >= periods[k].end {
                stillIn[cohort][k] += 1
            }
            for k in periods.indices { activePeriods[k] = false; buyingPeriods[k] = false }
            for touch in inputs.firstTouch(contact, from: periods[cohort].start)..<inputs.touches.range(of: contact).upperBound {
                guard let k = index(inputs.touchAt[touch]) else { break }
                if inputs.touchDirection[touch] == .inbound { activePeriods[k] = true }
            }
            let person = Int(inputs.contactPerson[contact])
            for purchase in inputs.purchaseRange(person, from: periods[cohort].start, to: last.end) {
                if let k = index(inputs.purchaseTimes[purchase]) { activePeriods[k] = true; buyingPeriods[k] = true }
            }
            for k in periods.indices {
                if activePeriods[k] { active[cohort][k] += 1 }
                if buyingPeriods[k] { buying[cohort][k] += 1 }
            }
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
            for person in inputs.personIds.indices {
                let purchases = inputs.purchases.range(of: person)
                guard let index = purchases.first, period.contains(inputs.purchaseTimes[index]) else { continue }
                let first = inputs.purchaseTimes[index]
                buyers += 1
                // The second order is the next qualifying payment after the first (same-day orders count).
                if purchases.count > 1 {
                    let gap = inputs.purchaseTimes[index + 1] - first
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
