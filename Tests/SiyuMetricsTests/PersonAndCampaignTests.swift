import Testing
@testable import SiyuData
@testable import SiyuMetrics

@Suite struct PersonAndCampaignTests {
    typealias F = Fixture

    @Test func personLevelPool() {
        let dataset = Dataset(contacts: [
            Contact(id: "a1", addedAt: F.at(10, 1), customerId: "P1", lostAt: F.at(10, 20)),
            Contact(id: "a2", addedAt: F.at(11, 10), customerId: "P1"),                      // P1 comes back: returning
            Contact(id: "b1", addedAt: F.at(11, 2), owner: "小林", customerId: "P2", lostAt: F.at(11, 20)),
            Contact(id: "b2", addedAt: F.at(11, 3), owner: "阿青", customerId: "P2", lostAt: F.at(11, 21)),
            Contact(id: "c1", addedAt: F.at(9, 1), customerId: "P3"),
        ], present: [.contacts])
        let values = PersonPoolCalculator.compute(MetricInputs(dataset: dataset, settings: F.settings), period: F.november)
        // At Dec 1: P1 (through a2) and P3; P2 deleted both staff. New person: P2 only (P1 is returning).
        // Lost people: P2 once, though two relationships ended.
        #expect(values["pool_total_persons"] == 2)
        #expect(values["pool_new_persons"] == 1)
        #expect(values["pool_lost_persons"] == 1)
        #expect(values["returning_persons"] == 1)
        // Contact level: new a2, b1, b2 = 3; lost b1, b2 = 2; S0 = a? (a1 lost in Oct) → c1 = 1.
        let pool = PoolCalculator.compute(MetricInputs(dataset: dataset, settings: F.settings), period: F.november, asOf: F.at(12, 2, 0))
        #expect(pool["pool_new"] == 3)
        #expect(pool["pool_lost"] == 2)
        // Exposure base: lost ÷ (S0 + new) = 2 ÷ (1 + 3).
        #expect(pool["loss_rate_exposure"] == 0.5)
    }

    /// x1, x2 get campaign C on Nov 10 10:00; x1 leaves 5 h later, x2 replies after 2 h. x3 leaves on Nov 20
    /// with no send around; x4 stays.
    static let campaignData = Dataset(
        contacts: [Contact(id: "x1", addedAt: F.at(10, 1), lostAt: F.at(11, 10, 15)), Contact(id: "x2", addedAt: F.at(10, 1)),
                   Contact(id: "x3", addedAt: F.at(10, 1), lostAt: F.at(11, 20, 12)), Contact(id: "x4", addedAt: F.at(10, 1))],
        touches: [Touch(contactId: "x1", at: F.at(11, 10), kind: .massSend, direction: .outbound, campaign: "C"),
                  Touch(contactId: "x2", at: F.at(11, 10), kind: .massSend, direction: .outbound, campaign: "C"),
                  Touch(contactId: "x2", at: F.at(11, 10, 12), kind: .privateChat, direction: .inbound)],
        present: [.contacts, .touches])

    @Test func campaignResponseAndDisturbance() throws {
        let (rows, hazard) = CampaignTable.build(MetricInputs(dataset: Self.campaignData, settings: F.settings), period: F.november)
        // Contact-days without a send in the preceding 24 h: x1 Nov 1–9 (9), x2 all but Nov 10–11 (28),
        // x3 Nov 1–20 (20, one loss), x4 30 → h0 = 1 / 87.
        #expect(hazard == 1.0 / 87)
        // A contact who leaves after the period adds November's 30 quiet days and no loss: 1 / 117.
        var later = Self.campaignData
        later.contacts.append(Contact(id: "x5", addedAt: F.at(10, 1), lostAt: F.at(12, 5)))
        #expect(CampaignTable.build(MetricInputs(dataset: later, settings: F.settings), period: F.november).baselineDailyHazard == 1.0 / 117)
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row.campaign == "C")
        #expect(row.recipients == 2)
        #expect(row.responded24h == 1)
        #expect(row.medianResponseMinutes == 120)
        #expect(row.lost24h == 1)
        // PSL = 1/2; expected = 1 − (1 − 1/87) = 1/87; lift = 43.5. Not flagged: fewer than 5 people lost.
        #expect(abs((row.lift24h ?? 0) - 43.5) < 1e-9)
        #expect(!row.flagged)
    }

    @Test func groupHealthStatuses() {
        var touches = EngagementTests.touches
        // g4: only staff speak in the last 14 days. g5: 10 customer messages from 3 people in October, 1 in November.
        touches.append(Touch(contactId: "t1", at: F.at(11, 25), kind: .groupMessage, direction: .outbound, groupId: "g4"))
        for index in 0..<10 {
            touches.append(Touch(contactId: ["t1", "t2", "t3"][index % 3], at: F.at(10, Int64(index + 2)), kind: .groupMessage,
                                 direction: .inbound, groupId: "g5"))
        }
        touches.append(Touch(contactId: "t1", at: F.at(11, 25), kind: .groupMessage, direction: .inbound, groupId: "g5"))
        let groups = EngagementTests.groups + [ChatGroup(id: "g4", name: "四群", createdAt: F.at(10, 1)),
                                               ChatGroup(id: "g5", name: "五群", createdAt: F.at(9, 1))]
        let inputs = MetricInputs(dataset: Dataset(touches: touches, groups: groups, present: [.touches, .groups]), settings: F.settings)
        let rows = GroupHealthTable.build(inputs, period: F.november, previous: F.november.previous(clock: F.clock))
        let status = Dictionary(uniqueKeysWithValues: rows.map { ($0.groupId, $0.status) })
        #expect(status == ["g1": .active, "g2": .young, "g3": .dead, "g4": .broadcastOnly, "g5": .dying])
        #expect(rows.first { $0.groupId == "g5" }?.previousSpeakers == 3)
    }
}

@Suite struct BreakdownTests {
    typealias F = Fixture

    @Test func poolByChannelWithEarlyLoss() throws {
        let rows = PoolBreakdownTable.build(MetricInputs(dataset: F.dataset, settings: F.settings), period: F.november,
                                            asOf: F.at(12, 2, 0), by: .channel)
        // 投放 added c3, c4, c5 in November; c4 left within 7 days; c5's 7 days are not over; c3, c5 still in.
        let paid = try #require(rows.first { $0.key == "投放" })
        #expect([paid.new, paid.lost, paid.earlyEligible, paid.earlyLost, paid.poolEnd] == [3, 1, 2, 1, 2])
        // 门店: c2 and c7 lost in November; c1 and c8 remain.
        let store = try #require(rows.first { $0.key == "门店" })
        #expect([store.new, store.lost, store.poolEnd] == [0, 2, 2])
    }

    @Test func referralGenerations() {
        let dataset = Dataset(contacts: [
            Contact(id: "seed", addedAt: F.at(9, 1)),
            Contact(id: "g1", addedAt: F.at(9, 2), referrerId: "seed"),
            Contact(id: "g2", addedAt: F.at(9, 3), referrerId: "g1"),
            Contact(id: "g3", addedAt: F.at(9, 4), referrerId: "g2"),
            Contact(id: "g4", addedAt: F.at(9, 5), referrerId: "g3"),
            Contact(id: "loopA", addedAt: F.at(9, 6), referrerId: "loopB"),
            Contact(id: "loopB", addedAt: F.at(9, 7), referrerId: "loopA"),
            Contact(id: "self", addedAt: F.at(9, 8), referrerId: "self"),
        ], present: [.contacts])
        // g1 is first generation, g2 second, g3 and g4 third or deeper; the loop counts once; self-referral never.
        #expect(FissionTable.generations(MetricInputs(dataset: dataset, settings: F.settings), end: F.november.end) == [2, 1, 2])
    }
}
