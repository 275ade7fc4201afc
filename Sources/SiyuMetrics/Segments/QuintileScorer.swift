/// 1–5 quintile scores as pandas' `qcut(values, 5)` gives them: bin edges at the 0, 20, …, 100th percentiles
/// (linear interpolation), right-closed bins, the lowest value in bin 1. When ties make edges repeat, the scores
/// fall back to `qcut(rank(method: "first"), 5)` (rank percentiles), as KPIS.md §5 asks.
package enum QuintileScorer {
    package static func scores(_ values: [Double]) -> [Int] {
        guard !values.isEmpty else { return [] }
        let sorted = values.sorted()
        let edges = (0...5).map { quantile(sorted, Double($0) / 5) }
        if Set(edges).count == edges.count {
            return values.map { value in
                for bin in 1...5 where value <= edges[bin] { return bin }
                return 5
            }
        }
        return scores(firstRanks(values))
    }

    /// Ranks 1…n, ties broken by order of appearance (pandas' method="first").
    package static func firstRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
        var ranks = Array(repeating: 0.0, count: values.count)
        for (rank, index) in order.enumerated() { ranks[index] = Double(rank + 1) }
        return ranks
    }

    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
