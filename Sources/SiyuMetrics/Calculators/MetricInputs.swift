import SiyuData

/// The dataset with the lookups every calculator needs, built once per report.
package struct MetricInputs: Sendable {
    package let dataset: Dataset
    package let settings: MetricSettings
    /// Qualifying (not refunded) orders sorted by payment time.
    package let qualifyingOrders: [Order]
    /// Every order sorted by payment time.
    package let ordersByTime: [Order]
    /// Customer ids that have a contact row.
    package let linkedCustomers: Set<String>

    package init(dataset: Dataset, settings: MetricSettings) {
        self.dataset = dataset
        self.settings = settings
        ordersByTime = dataset.orders.sorted { ($0.paidAt, $0.id) < ($1.paidAt, $1.id) }
        qualifyingOrders = ordersByTime.filter(\.qualifies)
        linkedCustomers = Set(dataset.contacts.map(\.customerId))
    }

    /// Orders whose payment falls in [start, end), using binary search on the sorted lists.
    package func orders(from start: Int64, to end: Int64, qualifyingOnly: Bool) -> ArraySlice<Order> {
        let list = qualifyingOnly ? qualifyingOrders : ordersByTime
        return list[lowerBound(list, start)..<lowerBound(list, end)]
    }

    private func lowerBound(_ list: [Order], _ instant: Int64) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].paidAt < instant { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A KPI value for one period: nil when it cannot be computed (an empty denominator), never NaN.
package typealias KPIValues = [String: Double?]

func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
    denominator == 0 ? nil : numerator / denominator
}

func yuan(_ fen: Int64) -> Double { Double(fen) / 100 }
