/// Segment tables of a report: RFM as of the period end, and 5A layers with the flow from the previous period.
package struct SegmentSummary: Sendable, Hashable {
    package struct RFMRow: Sendable, Hashable {
        package var segment: RFMSegment
        package var customers: Int
        package var averageRecencyDays: Double?
        package var averageFrequency: Double?
        package var averageMonetary: Double?
    }

    package struct NamedRow: Sendable, Hashable {
        package var name: String
        package var customers: Int
    }

    package var rfmCustomers: Int
    /// The 8 classic segments, in the order of KPIS.md §5.
    package var rfm: [RFMRow]
    /// Customers per (R score, F score): `rfGrid[r − 1][f − 1]`.
    package var rfGrid: [[Int]]
    package var namedRF: [NamedRow]
    /// Contacts per 5A layer at the period end and at the previous period's end.
    package var layers: [FiveALayerCalculator.Layer: Int]
    package var previousLayers: [FiveALayerCalculator.Layer: Int]
    /// Contacts in the pool at both ends: `flows[from][to]`.
    package var flows: [FiveALayerCalculator.Layer: [FiveALayerCalculator.Layer: Int]]

    package var par: Double? { productivity(of: [.act, .advocate]) }
    package var bar: Double? { productivity(of: [.advocate]) }

    private func productivity(of wanted: Set<FiveALayerCalculator.Layer>) -> Double? {
        let reached = layers.filter { $0.key != .o }.values.reduce(0, +)
        let numerator = layers.filter { wanted.contains($0.key) }.values.reduce(0, +)
        return reached == 0 ? nil : Double(numerator) / Double(reached)
    }

    static func build(_ inputs: MetricInputs, period: Period, previous: Period) -> SegmentSummary {
        let customers = RFMCalculator.compute(inputs, asOf: period.end)
        // Tallied in one pass over the customers and in arrays by layer, not by filtering the customers per segment and
        // counting in nested dictionaries per contact: a million contacts at S=10.
        struct Tally { var customers = 0; var recency = 0.0, frequency = 0.0, monetary = 0.0 }
        var tallies = Array(repeating: Tally(), count: RFMSegment.allCases.count)
        var grid = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        for customer in customers {
            tallies[customer.segment.rawValue].customers += 1
            tallies[customer.segment.rawValue].recency += customer.recencyDays
            tallies[customer.segment.rawValue].frequency += customer.frequency
            tallies[customer.segment.rawValue].monetary += customer.monetary
            grid[customer.r - 1][customer.f - 1] += 1
        }
        let rfm = RFMSegment.allCases.map { segment -> RFMRow in
            let tally = tallies[segment.rawValue]
            let count = Double(tally.customers)
            return RFMRow(segment: segment, customers: tally.customers,
                          averageRecencyDays: tally.customers == 0 ? nil : tally.recency / count,
                          averageFrequency: tally.customers == 0 ? nil : tally.frequency / count,
                          averageMonetary: tally.customers == 0 ? nil : tally.monetary / count)
        }
        var named: [String: Int] = [:]
        for r in 1...5 {
            for f in 1...5 { named[RFMCalculator.namedRFSegment(r: r, f: f), default: 0] += grid[r - 1][f - 1] }
        }
        let order = ["Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising", "Need Attention",
                     "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating"]

        let now = FiveALayerCalculator.layers(inputs, at: period.end)
        let before = FiveALayerCalculator.layers(inputs, at: previous.end)
        let layerCount = FiveALayerCalculator.Layer.allCases.count
        var flowCounts = [Int](repeating: 0, count: layerCount * layerCount)
        var nowCounts = [Int](repeating: 0, count: layerCount), beforeCounts = nowCounts
        for (layer, earlier) in zip(now, before) {
            if let layer { nowCounts[layer.rawValue] += 1 }
            if let earlier { beforeCounts[earlier.rawValue] += 1 }
            if let layer, let earlier { flowCounts[earlier.rawValue * layerCount + layer.rawValue] += 1 }
        }
        var layers: [FiveALayerCalculator.Layer: Int] = [:]
        var previousLayers: [FiveALayerCalculator.Layer: Int] = [:]
        var flows: [FiveALayerCalculator.Layer: [FiveALayerCalculator.Layer: Int]] = [:]
        for from in FiveALayerCalculator.Layer.allCases {
            if nowCounts[from.rawValue] > 0 { layers[from] = nowCounts[from.rawValue] }
            if beforeCounts[from.rawValue] > 0 { previousLayers[from] = beforeCounts[from.rawValue] }
            for to in FiveALayerCalculator.Layer.allCases where flowCounts[from.rawValue * layerCount + to.rawValue] > 0 {
                flows[from, default: [:]][to] = flowCounts[from.rawValue * layerCount + to.rawValue]
            }
        }
        return SegmentSummary(rfmCustomers: customers.count, rfm: rfm, rfGrid: grid,
                              namedRF: order.map { NamedRow(name: $0, customers: named[$0] ?? 0) },
                              layers: layers, previousLayers: previousLayers, flows: flows)
    }
}

