import Foundation

/// One customer's calibration summary for BG/NBD and Gamma-Gamma (KPIS.md §7(c), (d)):
/// x repeat purchases, the last at t_x, observed for T, all measured from the first purchase.
package struct RepeatSummary: Sendable, Hashable {
    /// Number of repeat purchases: distinct purchase periods after the first one.
    package var x: Double
    /// Time of the last purchase since the first (0 when x = 0).
    package var tx: Double
    /// Time from the first purchase to the end of the observation window.
    package var T: Double
    /// Mean value of the repeat purchases (first purchase excluded); 0 when x = 0.
    package var meanRepeatValue: Double

    package init(x: Double, tx: Double, T: Double, meanRepeatValue: Double = 0) {
        self.x = x
        self.tx = tx
        self.T = T
        self.meanRepeatValue = meanRepeatValue
    }

    /// Builds the summary from one customer's purchases, as lifetimes'
    /// `summary_data_from_transaction_data(freq='D', monetary_value_col=…)` does: purchases after
    /// `observationEndDay` are ignored, purchases on the same day are one purchase whose value is the
    /// day's total, x = distinct days − 1, t_x and T are days since the first purchase divided by
    /// `unitDays` (7 for weeks), and the mean value is over the repeat days only, because the first
    /// purchase is what made the customer and says little about later spend.
    /// Days are any consecutive day numbers (e.g. days since 1970-01-01 in Asia/Shanghai).
    /// Nil when the arrays differ in length, a value is not finite, `unitDays` is not positive,
    /// or no purchase falls on or before `observationEndDay`.
    package static func from(
        purchaseDays: [Int64], values: [Double], observationEndDay: Int64, unitDays: Double
    ) -> RepeatSummary? {
        guard purchaseDays.count == values.count, unitDays > 0, unitDays.isFinite else { return nil }
        // In day order; stable, so a day's purchases are added in the order given.
        let order = purchaseDays.indices.sorted { (purchaseDays[$0], $0) < (purchaseDays[$1], $1) }
        var history = History()
        for index in order where purchaseDays[index] <= observationEndDay {
            guard values[index].isFinite else { return nil }
            history.add(day: purchaseDays[index], value: values[index])
        }
        return history.summary(observationEndDay: observationEndDay, unitDays: unitDays)
    }

    /// One customer's purchases, added in day order, summed per day as they arrive: what `from` computes,
    /// without a dictionary and two arrays per customer (0.75G of 1.0G instructions of the summaries at S=1).
    package struct History {
        private var firstDay: Int64?
        private var lastDay: Int64 = 0
        private var dayTotal = 0.0
        private var repeatDays = 0
        private var repeatTotal = 0.0

        package init() {}

        /// Adds a purchase on `day`, which is no earlier than the days added before.
        package mutating func add(day: Int64, value: Double) {
            guard firstDay != nil else {
                firstDay = day
                lastDay = day
                dayTotal = value
                return
            }
            if day != lastDay {
                // The day before is complete; the first day is never a repeat.
                if lastDay != firstDay { repeatTotal += dayTotal }
                repeatDays += 1
                lastDay = day
                dayTotal = 0
            }
            dayTotal += value
        }

        /// Nil when no purchase was added.
        package func summary(observationEndDay: Int64, unitDays: Double) -> RepeatSummary? {
            guard let firstDay else { return nil }
            let total = lastDay != firstDay ? repeatTotal + dayTotal : 0
            return RepeatSummary(
                x: Double(repeatDays),
                tx: Double(lastDay - firstDay) / unitDays,
                T: Double(observationEndDay - firstDay) / unitDays,
                meanRepeatValue: repeatDays == 0 ? 0 : total / Double(repeatDays)
            )
        }
    }
}
