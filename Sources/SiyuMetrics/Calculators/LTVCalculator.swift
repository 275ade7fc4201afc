import SiyuData

/// Historical LTV (KPIS.md §7a): for the contacts whose first 90 days ended during the period, the average net
/// GMV their customer paid within those 90 days. Each period thus reports a fully observed cohort.
package enum LTVCalculator {
    package static let days: Int64 = 90

    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        let window = days * secondsPerDay
        var cohort = 0
        var total: Int64 = 0
        for contact in inputs.contactAdded.indices where period.contains(inputs.contactAdded[contact] + window) {
            let added = inputs.contactAdded[contact]
            cohort += 1
            total += inputs.spend(person: Int(inputs.contactPerson[contact]), from: added, to: added + window)
        }
        return ["ltv_historical_90d": inputs.hasOrders ? ratio(yuan(total), Double(cohort)) : nil]
    }
}
