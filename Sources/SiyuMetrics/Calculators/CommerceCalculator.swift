import SiyuData

/// Commerce KPIs (KPIS.md §3). Gross GMV includes refunded orders; every ratio uses net GMV.
package enum CommerceCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period, previous: Period) -> KPIValues {
        var gross: Int64 = 0
        var net: Int64 = 0
        var privateNet: Int64 = 0
        var qualifyingCount = 0
        var buyers = Set<String>()
        for order in inputs.orders(from: period.start, to: period.end, qualifyingOnly: false) {
            gross += order.amount
            guard order.qualifies else { continue }
            net += order.amount
            qualifyingCount += 1
            buyers.insert(order.customerId)
            if let channel = order.channel, inputs.settings.privateChannels.contains(channel) { privateNet += order.amount }
        }
        let previousBuyers = Set(inputs.orders(from: previous.start, to: previous.end, qualifyingOnly: true).map(\.customerId))
        let returning = previousBuyers.filter(buyers.contains).count

        return [
            "gmv_gross": yuan(gross),
            "gmv_net": yuan(net),
            "private_gmv_share": ratio(Double(privateNet), Double(net)),
            "buyers": Double(buyers.count),
            "revenue_per_buyer": ratio(yuan(net), Double(buyers.count)),
            "aov": ratio(yuan(net), Double(qualifyingCount)),
            "purchase_frequency": ratio(Double(qualifyingCount), Double(buyers.count)),
            "repurchase_rate": repurchaseRate(inputs, windowEnd: period.end),
            "repurchase_rate_cross": ratio(Double(returning), Double(previousBuyers.count)),
            // Variant B, transaction-based: repeat orders ÷ all qualifying orders.
            "repurchase_rate_orders": ratio(Double(qualifyingCount - buyers.count), Double(qualifyingCount)),
        ]
    }

    /// Variant A: buyers with ≥ 2 qualifying orders in the rolling window ending at `windowEnd` ÷ buyers in it.
    /// With `repurchaseDedupeSameDay` (按天去重) several orders on one local day count once.
    package static func repurchaseRate(_ inputs: MetricInputs, windowEnd: Int64) -> Double? {
        let clock = inputs.settings.clock
        let windowStart = clock.instant(day: clock.day(of: windowEnd) - inputs.settings.repurchaseWindowDays)
        var purchases: [String: Set<Int64>] = [:]
        var orderCounts: [String: Int] = [:]
        for order in inputs.orders(from: windowStart, to: windowEnd, qualifyingOnly: true) {
            if inputs.settings.repurchaseDedupeSameDay {
                purchases[order.customerId, default: []].insert(clock.day(of: order.paidAt))
            } else {
                orderCounts[order.customerId, default: 0] += 1
            }
        }
        let counts = inputs.settings.repurchaseDedupeSameDay ? purchases.mapValues(\.count) : orderCounts
        return ratio(Double(counts.values.filter { $0 >= 2 }.count), Double(counts.count))
    }
}
