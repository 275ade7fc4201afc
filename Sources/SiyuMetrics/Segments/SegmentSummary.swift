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
        let rfm = RFMSegment.allCases.map { segment -> RFMRow in
            let members = customers.filter { $0.segment == segment }
            let count = Double(members.count)
            return RFMRow(segment: segment, customers: members.count,
                          averageRecencyDays: members.isEmpty ? nil : members.map(\.recencyDays).reduce(0, +) / count,
                          averageFrequency: members.isEmpty ? nil : members.map(\.frequency).reduce(0, +) / count,
                          averageMonetary: members.isEmpty ? nil : members.map(\.monetary).reduce(0, +) / count)
        }
        var grid = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        var named: [String: Int] = [:]
        for customer in customers {
            grid[customer.r - 1][customer.f - 1] += 1
            named[customer.rfSegment, default: 0] += 1
        }
        let order = ["Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising", "Need Attention",
                     "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating"]

        let now = FiveALayerCalculator.layers(inputs, at: period.end)
        let before = FiveALayerCalculator.layers(inputs, at: previous.end)
        var layers: [FiveALayerCalculator.Layer: Int] = [:]
        var previousLayers: [FiveALayerCalculator.Layer: Int] = [:]
        var flows: [FiveALayerCalculator.Layer: [FiveALayerCalculator.Layer: Int]] = [:]
        for (layer, earlier) in zip(now, before) {
            if let layer { layers[layer, default: 0] += 1 }
            if let earlier { previousLayers[earlier, default: 0] += 1 }
            if let layer, let earlier { flows[earlier, default: [:]][layer, default: 0] += 1 }
        }
        return SegmentSummary(rfmCustomers: customers.count, rfm: rfm, rfGrid: grid,
                              namedRF: order.map { NamedRow(name: $0, customers: named[$0] ?? 0) },
                              layers: layers, previousLayers: previousLayers, flows: flows)
    }
}
