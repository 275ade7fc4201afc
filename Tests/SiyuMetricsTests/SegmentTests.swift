import Testing
@testable import SiyuData
@testable import SiyuMetrics

@Suite struct SegmentTests {
    typealias F = Fixture

    @Test func quintilesLikePandasQcut() {
        // Edges for 1…10: 1, 2.8, 4.6, 6.4, 8.2, 10 → two values per bin.
        #expect(QuintileScorer.scores((1...10).map(Double.init)) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
        // Many ties repeat edges: fall back to rank percentiles (ties broken by position).
        #expect(QuintileScorer.scores([1, 1, 1, 1, 1, 1, 1, 1, 2, 5]) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
        // A lone customer is at rank percentile 1: the top bin (this once recursed without end). Two equal values
        // rank 1 and 2, with edges 1, 1.2, …, 2.
        #expect(QuintileScorer.scores([7]) == [5])
        #expect(QuintileScorer.scores([3, 3]) == [1, 5])
    }

    @Test func rankScoresNeedNoSortAndMatchScoringTheRanks() {
        // Ranks 1…3 have edges 1, 1.4, 1.8, 2.2, 2.6, 3.
        #expect(QuintileScorer.rankScores([3, 1, 2]) == [5, 1, 3])
        let ranks = (1...37).map { Double(($0 * 11) % 37 + 1) }
        #expect(Set(ranks).count == 37)
        #expect(QuintileScorer.rankScores(ranks) == QuintileScorer.scores(ranks))
    }

    @Test func namedRFSegmentsCoverEveryCellOnce() {
        var counts: [String: Int] = [:]
        for r in 1...5 { for f in 1...5 { counts[RFMCalculator.namedRFSegment(r: r, f: f), default: 0] += 1 } }
        #expect(counts.values.reduce(0, +) == 25)
        #expect(counts.count == 10)
        #expect(RFMCalculator.namedRFSegment(r: 5, f: 5) == "Champions")
        #expect(RFMCalculator.namedRFSegment(r: 1, f: 5) == "Can't Lose Them")
        #expect(RFMCalculator.namedRFSegment(r: 4, f: 1) == "Promising")
    }

    @Test func highRecencyMeansRecent() {
        // Recent, frequent, big spender = 重要价值; old but frequent and big = 重要保持 (not swapped).
        #expect(RFMSegment(recent: true, frequent: true, valuable: true) == .importantValue)
        #expect(RFMSegment(recent: false, frequent: true, valuable: true) == .importantKeep)
        #expect(RFMSegment(recent: true, frequent: false, valuable: true) == .importantDevelop)
        #expect(RFMSegment(recent: false, frequent: false, valuable: false) == .generalRetain)
    }

    @Test func rfmScoresFromOrders() {
        // Ten customers p0…p9: p_i bought i+1 times, the last one (10 − i) days before Dec 1, 10 yuan each order.
        var orders: [Order] = []
        for i in 0..<10 {
            for n in 0...i {
                orders.append(Order(id: "p\(i)-\(n)", customerId: "p\(i)", paidAt: F.november.end - Int64(10 - i + n) * 86_400,
                                    amount: 1_000))
            }
        }
        let inputs = MetricInputs(dataset: Dataset(orders: orders, present: [.orders]), settings: F.settings)
        let customers = RFMCalculator.compute(inputs, asOf: F.november.end)
        let p9 = customers.first { $0.customerId == "p9" }
        // p9: last order 1 day ago (most recent), 10 orders (most), 100 yuan (most) → 5/5/5, 重要价值, Champions.
        #expect(p9?.recencyDays == 1)
        #expect(p9.map { [$0.r, $0.f, $0.m] } == [5, 5, 5])
        #expect(p9?.segment == .importantValue)
        #expect(p9?.rfSegment == "Champions")
        let p0 = customers.first { $0.customerId == "p0" }
        #expect(p0.map { [$0.r, $0.f, $0.m] } == [1, 1, 1])
        #expect(p0?.segment == .generalRetain)
    }

    @Test func fiveALayers() {
        let end = F.november.end
        let dataset = Dataset(
            contacts: [Contact(id: "o", addedAt: F.at(10, 1)), Contact(id: "aware", addedAt: F.at(10, 1)),
                       Contact(id: "ask", addedAt: F.at(10, 1)), Contact(id: "act", addedAt: F.at(10, 1)),
                       Contact(id: "adv", addedAt: F.at(10, 1)), Contact(id: "ref", addedAt: F.at(11, 1), referrerId: "o2"),
                       Contact(id: "o2", addedAt: F.at(10, 1)), Contact(id: "gone", addedAt: F.at(10, 1), lostAt: F.at(11, 2))],
            orders: [Order(id: "1", customerId: "act", paidAt: F.at(11, 3), amount: 100),
                     Order(id: "2", customerId: "adv", paidAt: F.at(11, 3), amount: 100),
                     Order(id: "3", customerId: "adv", paidAt: F.at(11, 4), amount: 100)],
            touches: [Touch(contactId: "aware", at: F.at(11, 5), kind: .massSend, direction: .outbound),
                      Touch(contactId: "ask", at: F.at(11, 5), kind: .privateChat, direction: .inbound)],
            present: [.contacts, .orders, .touches])
        let layered = FiveALayerCalculator.layers(MetricInputs(dataset: dataset, settings: F.settings), at: end)
        let layers = Dictionary(uniqueKeysWithValues: zip(dataset.contacts.map(\.id), layered).compactMap { id, layer in
            layer.map { (id, $0) }
        })
        #expect(layers["o"] == .o)
        #expect(layers["aware"] == .aware)
        #expect(layers["ask"] == .ask)
        #expect(layers["act"] == .act)
        #expect(layers["adv"] == .advocate)
        #expect(layers["o2"] == .advocate)      // referred someone
        #expect(layers["ref"] == .o)
        #expect(layers["gone"] == nil)          // lost contacts are not layered
    }
}
