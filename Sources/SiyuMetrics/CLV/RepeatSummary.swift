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
        var totals: [Int64: Double] = [:]
        for (day, value) in zip(purchaseDays, values) where day <= observationEndDay {
            guard value.isFinite else { return nil }
            totals[day, default: 0] += value
        }
        // Sorted so the first purchase is the earliest day and the sum has a fixed order.
        let days = totals.sorted { $0.key < $1.key }
        guard let first = days.first, let last = days.last else { return nil }
        let repeats = days.dropFirst()
        let repeatTotal = repeats.reduce(0.0) { $0 + $1.value }
        return RepeatSummary(
            x: Double(repeats.count),
            tx: Double(last.key - first.key) / unitDays,
            T: Double(observationEndDay - first.key) / unitDays,
            meanRepeatValue: repeats.isEmpty ? 0 : repeatTotal / Double(repeats.count)
        )
    }
}
