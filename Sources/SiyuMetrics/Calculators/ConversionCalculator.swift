import SiyuData

/// First-purchase conversion of new contacts (KPIS.md §3): contacts added in the period whose customer has a
/// qualifying order within N days of the add, over those whose N days are over by the as-of instant.
package enum ConversionCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period, asOf: Int64) -> KPIValues {
        var values: KPIValues = [:]
        for days in [7, 30] {
            let window = Int64(days) * secondsPerDay
            var cohort = 0, converted = 0
            for contact in inputs.contactAdded.indices {
                let added = inputs.contactAdded[contact]
                guard period.contains(added), added + window <= asOf else { continue }
                cohort += 1
                if inputs.hasPurchase(person: Int(inputs.contactPerson[contact]), from: added, to: added + window) { converted += 1 }
            }
            values["first_purchase_\(days)d"] = ratio(Double(converted), Double(cohort))
        }
        return inputs.hasOrders ? values : values.mapValues { _ in nil }
    }
}
