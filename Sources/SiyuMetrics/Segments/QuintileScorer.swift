import SiyuCore

/// 1–5 quintile scores as pandas' `qcut(values, 5)` gives them: bin edges at the 0, 20, …, 100th percentiles
/// (linear interpolation), right-closed bins, the lowest value in bin 1. When ties make edges repeat, the scores
/// fall back to `qcut(rank(method: "first"), 5)` (rank percentiles), as KPIS.md §5 asks.
package enum QuintileScorer {
    package static func scores(_ values: [Double]) -> [Int] {
        guard !values.isEmpty else { return [] }
        let sorted = RadixSort.sorted(values)
        let edges = (0...5).map { quantile(sorted, Double($0) / 5) }
        if Set(edges).count == edges.count { return values.map { bin($0, edges) } }
        return rankScores(firstRanks(values))
    }

    /// Scores of ranks 1…n in any order, as `firstRanks` gives them: the edges of 1…n need no sort. A lone
    /// customer has rank percentile 1, the top bin; with two or more the edges are distinct.
    package static func rankScores(_ ranks: [Double]) -> [Int] {
        guard ranks.count > 1 else { return ranks.map { _ in 5 } }
        let ladder = (0..<ranks.count).lazy.map { Double($0 + 1) }
        let edges = (0...5).map { quantile(ladder, Double($0) / 5) }
        return ranks.map { bin($0, edges) }
    }

    private static func bin(_ value: Double, _ edges: [Double]) -> Int {
        for bin in 1...5 where value <= edges[bin] { return bin }
        return 5
    }

    /// Ranks 1…n, ties broken by order of appearance (pandas' method="first").
    package static func firstRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
        var ranks = Array(repeating: 0.0, count: values.count)
        for (rank, index) in order.enumerated() { ranks[index] = Double(rank + 1) }
        return ranks
    }

    static func quantile<Sorted: RandomAccessCollection<Double>>(_ sorted: Sorted, _ q: Double) -> Double where Sorted.Index == Int {
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let base = sorted.startIndex
        return sorted[base + lower] + (sorted[base + upper] - sorted[base + lower]) * (position - Double(lower))
    }
}
