import SiyuData

/// Commerce KPIs (KPIS.md §3). Gross GMV includes refunded orders; every ratio uses net GMV.
package enum CommerceCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period, previous: Period) -> KPIValues {
        var gross: Int64 = 0
        var net: Int64 = 0
        var privateNet: Int64 = 0
        var qualifyingCount = 0
        var buyer = [Bool](repeating: false, count: inputs.personIds.count)
        var buyers = 0
        for index in inputs.orderRange(from: period.start, to: period.end, qualifyingOnly: false) {
            let amount = inputs.orderAmounts[index]
            gross += amount
            guard inputs.orderQualifies[index] else { continue }
            net += amount
            qualifyingCount += 1
            let person = Int(inputs.orderPersons[index])
            if !buyer[person] { buyer[person] = true; buyers += 1 }
            if inputs.orderPrivate[index] { privateNet += amount }
        }
        var previousBuyer = [Bool](repeating: false, count: inputs.personIds.count)
        var previousBuyers = 0, returning = 0
        for index in inputs.orderRange(from: previous.start, to: previous.end, qualifyingOnly: true) {
            let person = Int(inputs.qualifyingOrderPersons[index])
            guard !previousBuyer[person] else { continue }
            previousBuyer[person] = true
            previousBuyers += 1
            if buyer[person] { returning += 1 }
        }

        let values: KPIValues = [
            "gmv_gross": yuan(gross),
            "gmv_net": yuan(net),
            "private_gmv_share": ratio(Double(privateNet), Double(net)),
            "buyers": Double(buyers),
            "revenue_per_buyer": ratio(yuan(net), Double(buyers)),
            "aov": ratio(yuan(net), Double(qualifyingCount)),
            "purchase_frequency": ratio(Double(qualifyingCount), Double(buyers)),
            "repurchase_rate": repurchaseRate(inputs, windowEnd: period.end),
            "repurchase_rate_cross": ratio(Double(returning), Double(previousBuyers)),
            // Variant B, transaction-based: repeat orders ÷ all qualifying orders.
            "repurchase_rate_orders": ratio(Double(qualifyingCount - buyers), Double(qualifyingCount)),
        ]
        return inputs.hasOrders ? values : values.mapValues { _ in nil }
    }

    /// Variant A: buyers with ≥ 2 qualifying orders in the rolling window ending at `windowEnd` ÷ buyers in it.
    /// With `repurchaseDedupeSameDay` (按天去重) several orders on one local day count once.
    package static func repurchaseRate(_ inputs: MetricInputs, windowEnd: Int64) -> Double? {
        let clock = inputs.settings.clock
        let windowStart = clock.instant(day: clock.day(of: windowEnd) - inputs.settings.repurchaseWindowDays)
        // Orders come in time order, so a person's distinct days are counted by comparing with their last one.
        var counts = [Int32](repeating: 0, count: inputs.personIds.count)
        var lastDay = [Int64](repeating: .min, count: inputs.personIds.count)
        var buyers = 0, repeaters = 0
        for index in inputs.orderRange(from: windowStart, to: windowEnd, qualifyingOnly: true) {
            let person = Int(inputs.qualifyingOrderPersons[index])
            if inputs.settings.repurchaseDedupeSameDay {
                let day = clock.day(of: inputs.qualifyingTimes[index])
                guard day != lastDay[person] else { continue }
                lastDay[person] = day
            }
            counts[person] += 1
            if counts[person] == 1 { buyers += 1 }
            if counts[person] == 2 { repeaters += 1 }
        }
        return ratio(Double(repeaters), Double(buyers))
    }
}
