import Foundation

/// Customer lifetime value as lifetimes' `GammaGammaFitter.customer_lifetime_value` computes it
/// (KPIS.md §7(d)), so Siyu's figures can be checked against that widely used implementation:
/// CLV = Σ_{i=1..H} E[Z|z̄,x] · (E[Y(i·f)] − E[Y((i−1)·f)]) / (1+d)^i.
package enum CLVCalculator {
    /// Discounted expected spend over the next `horizonMonths` months. `periodsPerMonth` (f) is the
    /// number of the summaries' time units in a month: 4.345 for weeks, 30 for days, as lifetimes uses.
    /// Nil when the inputs are invalid or the spend model has no finite mean for this customer.
    package static func clv(
        bgnbd: BGNBDModel,
        gammaGamma: GammaGammaModel,
        customer: RepeatSummary,
        horizonMonths: Int = 12,
        monthlyDiscount: Double = 0.01,
        periodsPerMonth: Double
    ) -> Double? {
        guard let value = gammaGamma.conditionalExpectedValue(x: customer.x, meanValue: customer.meanRepeatValue),
              let purchases = discountedPurchases(bgnbd: bgnbd, customer: customer, horizonMonths: horizonMonths,
                                                  monthlyDiscount: monthlyDiscount, periodsPerMonth: periodsPerMonth)
        else { return nil }
        let total = value * purchases
        return total.isFinite ? total : nil
    }

    /// The same sum with `BGNBDModel.purchasesIfAlive` for E[Y]: multiplied by P(alive) it is
    /// `discountedPurchases`, and it depends on (x, T) only. Nil when the inputs are invalid or a is near 1.
    package static func discountedPurchasesIfAlive(bgnbd: BGNBDModel, x: Double, T: Double, horizonMonths: Int,
                                                   monthlyDiscount: Double, periodsPerMonth: Double) -> Double? {
        guard horizonMonths >= 0, monthlyDiscount > -1, monthlyDiscount.isFinite,
              periodsPerMonth > 0, periodsPerMonth.isFinite else { return nil }
        var total = 0.0
        var previous = 0.0
        for month in stride(from: 1, through: horizonMonths, by: 1) {
            guard let cumulative = bgnbd.purchasesIfAlive(Double(month) * periodsPerMonth, x: x, T: T) else { return nil }
            total += (cumulative - previous) / pow(1 + monthlyDiscount, Double(month))
            previous = cumulative
        }
        return total.isFinite ? total : nil
    }

    /// Σ_{i=1..H} (E[Y(i·f)] − E[Y((i−1)·f)]) / (1+d)^i: the discounted expected purchases, which CLV multiplies
    /// by the expected spend per purchase. Nil when the inputs are invalid.
    package static func discountedPurchases(bgnbd: BGNBDModel, customer: RepeatSummary, horizonMonths: Int,
                                            monthlyDiscount: Double, periodsPerMonth: Double) -> Double? {
        guard horizonMonths >= 0, monthlyDiscount > -1, monthlyDiscount.isFinite,
              periodsPerMonth > 0, periodsPerMonth.isFinite else { return nil }
        var total = 0.0
        var previous = 0.0  // E[Y(0)] = 0
        for month in stride(from: 1, through: horizonMonths, by: 1) {
            let cumulative = bgnbd.conditionalExpectedPurchases(
                Double(month) * periodsPerMonth, x: customer.x, tx: customer.tx, T: customer.T)
            // Monthly increments of the cumulative expectation, discounted at the end of each month.
            total += (cumulative - previous) / pow(1 + monthlyDiscount, Double(month))
            previous = cumulative
        }
        return total.isFinite ? total : nil
    }
}
