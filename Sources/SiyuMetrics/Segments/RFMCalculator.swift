import SiyuData

/// RFM (KPIS.md §5): per customer with a qualifying order in the lookback, recency in days to the as-of instant,
/// frequency (orders), monetary (net amount); quintile scores; the classic 8 segments with R "high" meaning
/// recent; the named RF segments.
package enum RFMCalculator {
    package struct Customer: Sendable, Hashable {
        package var customerId: String
        package var recencyDays: Double
        package var frequency: Double
        package var monetary: Double
        package var r: Int, f: Int, m: Int
        package var segment: RFMSegment
        package var rfSegment: String
    }

    package static func compute(_ inputs: MetricInputs, asOf: Int64) -> [Customer] {
        let start = asOf - inputs.settings.rfmLookbackDays * secondsPerDay
        // Persons are numbered in id order: customers come out sorted by id.
        var persons: [Int] = []
        var recency: [Double] = [], frequency: [Double] = [], monetary: [Double] = []
        for person in inputs.personIds.indices {
            let purchases = inputs.purchaseRange(person, from: start, to: asOf)
            guard let last = purchases.last else { continue }
            persons.append(person)
            recency.append(Double(asOf - inputs.purchaseTimes[last]) / Double(secondsPerDay))
            frequency.append(Double(purchases.count))
            monetary.append(yuan(inputs.purchaseAmounts[purchases].reduce(0, +)))
        }
        let ids = persons.map { inputs.personIds[$0] }
        guard !ids.isEmpty else { return [] }
        // Recent is good: score the negated recency so the most recent quintile gets 5.
        let r = QuintileScorer.scores(recency.map { -$0 })
        let f = QuintileScorer.rankScores(QuintileScorer.firstRanks(frequency))
        let m = QuintileScorer.scores(monetary)
        let rule = inputs.settings.rfmHighRule
        let rHigh = rule.highFlags(scores: r, values: recency.map { -$0 })
        let fHigh = rule.highFlags(scores: f, values: frequency)
        let mHigh = rule.highFlags(scores: m, values: monetary)
        return ids.indices.map { index in
            Customer(customerId: ids[index], recencyDays: recency[index], frequency: frequency[index],
                     monetary: monetary[index], r: r[index], f: f[index], m: m[index],
                     segment: RFMSegment(recent: rHigh[index], frequent: fHigh[index], valuable: mHigh[index]),
                     rfSegment: namedRFSegment(r: r[index], f: f[index]))
        }
    }

    /// The RF map of KPIS.md §5: each of the 25 (R, F) cells names exactly one segment.
    package static func namedRFSegment(r: Int, f: Int) -> String {
        switch (r, f) {
        case (1...2, 1...2): "Hibernating"
        case (1...2, 3...4): "At Risk"
        case (1...2, 5): "Can't Lose Them"
        case (3, 1...2): "About to Sleep"
        case (3, 3): "Need Attention"
        case (3, 4...5), (4, 4...5): "Loyal Customers"
        case (4, 1): "Promising"
        case (5, 1): "New Customers"
        case (4, 2...3), (5, 2...3): "Potential Loyalists"
        default: "Champions"
        }
    }
}

/// How a score or value counts as "high" for the 8 segments (KPIS.md §5, option 3 by default).
package enum RFMHighRule: String, Sendable, CaseIterable {
    /// Quintile score ≥ 3.
    case score
    /// Raw value above the mean.
    case mean
    /// Raw value above the median.
    case median

    func highFlags(scores: [Int], values: [Double]) -> [Bool] {
        switch self {
        case .score:
            return scores.map { $0 >= 3 }
        case .mean:
            let mean = values.reduce(0, +) / Double(max(values.count, 1))
            return values.map { $0 > mean }
        case .median:
            let sorted = values.sorted()
            let median = sorted.isEmpty ? 0 : QuintileScorer.quantile(sorted, 0.5)
            return values.map { $0 > median }
        }
    }
}

/// The classic Chinese 8 RFM segments. Numbered, not backed by their names: tallying half a million customers
/// by segment hashed the Chinese name of each through `RawRepresentable` (0.16 s at S=10).
package enum RFMSegment: Int, Sendable, CaseIterable, Hashable {
    case importantValue, importantDevelop, importantKeep, importantRetain, generalValue, generalDevelop, generalKeep,
         generalRetain

    init(recent: Bool, frequent: Bool, valuable: Bool) {
        switch (recent, frequent, valuable) {
        case (true, true, true): self = .importantValue
        case (true, false, true): self = .importantDevelop
        case (false, true, true): self = .importantKeep
        case (false, false, true): self = .importantRetain
        case (true, true, false): self = .generalValue
        case (true, false, false): self = .generalDevelop
        case (false, true, false): self = .generalKeep
        case (false, false, false): self = .generalRetain
        }
    }

    package var chinese: String {
        switch self {
        case .importantValue: "重要价值客户"
        case .importantDevelop: "重要发展客户"
        case .importantKeep: "重要保持客户"
        case .importantRetain: "重要挽留客户"
        case .generalValue: "一般价值客户"
        case .generalDevelop: "一般发展客户"
        case .generalKeep: "一般保持客户"
        case .generalRetain: "一般挽留客户"
        }
    }

    package var english: String {
        switch self {
        case .importantValue: "Important value"
        case .importantDevelop: "Important develop"
        case .importantKeep: "Important keep"
        case .importantRetain: "Important retain"
        case .generalValue: "General value"
        case .generalDevelop: "General develop"
        case .generalKeep: "General keep"
        case .generalRetain: "General retain"
        }
    }
}
