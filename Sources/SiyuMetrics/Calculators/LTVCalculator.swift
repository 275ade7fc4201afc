import SiyuData

/// Historical LTV (KPIS.md §7a): for the contacts whose first 90 days ended during the period, the average net
/// GMV their customer paid within those 90 days. Each period thus reports a fully observed cohort.
package enum LTVCalculator {
    package static let days: Int64 = 90

    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        let window = days * secondsPerDay
        var cohort = 0
        var total: Int64 = 0
        for contact in inputs.dataset.contacts where period.contains(contact.addedAt + window) {
            cohort += 1
            total += inputs.spend(contact.customerId, from: contact.addedAt, to: contact.addedAt + window)
        }
        return ["ltv_historical_90d": ratio(yuan(total), Double(cohort))]
    }
}
