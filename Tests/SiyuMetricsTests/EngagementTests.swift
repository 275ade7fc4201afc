import Testing
@testable import SiyuData
@testable import SiyuMetrics

@Suite struct EngagementTests {
    typealias F = Fixture

    static let touches = [
        // t1: send A answered after 5 h (responded); send B answered after 26 h (too late).
        Touch(contactId: "t1", at: F.at(11, 5, 10), kind: .massSend, direction: .outbound, campaign: "A"),
        Touch(contactId: "t1", at: F.at(11, 5, 15), kind: .privateChat, direction: .inbound),
        Touch(contactId: "t1", at: F.at(11, 5, 15, 30), kind: .privateChat, direction: .outbound),
        Touch(contactId: "t1", at: F.at(11, 10, 10), kind: .massSend, direction: .outbound, campaign: "B"),
        Touch(contactId: "t1", at: F.at(11, 11, 12), kind: .privateChat, direction: .inbound),
        // t2: send B follows A before any reply, so the reply belongs to B only.
        Touch(contactId: "t2", at: F.at(11, 5, 10), kind: .massSend, direction: .outbound, campaign: "A"),
        Touch(contactId: "t2", at: F.at(11, 5, 12), kind: .massSend, direction: .outbound, campaign: "B"),
        Touch(contactId: "t2", at: F.at(11, 5, 13), kind: .privateChat, direction: .inbound),
        Touch(contactId: "t2", at: F.at(11, 5, 13, 10), kind: .privateChat, direction: .outbound),
        // t2 on Nov 20: staff speak first, so it is not a customer-started chat.
        Touch(contactId: "t2", at: F.at(11, 20, 9), kind: .privateChat, direction: .outbound),
        Touch(contactId: "t2", at: F.at(11, 20, 9, 30), kind: .privateChat, direction: .inbound),
        // Groups: g1 hears t1 on Nov 20; g3 last heard a customer on Nov 10; g2 only hears staff.
        Touch(contactId: "t1", at: F.at(11, 20), kind: .groupMessage, direction: .inbound, groupId: "g1"),
        Touch(contactId: "t2", at: F.at(11, 10), kind: .groupMessage, direction: .inbound, groupId: "g3"),
        Touch(contactId: "t2", at: F.at(11, 26), kind: .groupMessage, direction: .outbound, groupId: "g2"),
    ]

    static let groups = [
        ChatGroup(id: "g1", name: "一群", createdAt: F.at(9, 1)),
        ChatGroup(id: "g2", name: "二群", createdAt: F.at(11, 25)),   // younger than 14 days at Dec 1
        ChatGroup(id: "g3", name: "三群", createdAt: F.at(10, 1)),
    ]

    let inputs = MetricInputs(
        dataset: Dataset(contacts: [Contact(id: "t1", addedAt: F.at(10, 1)), Contact(id: "t2", addedAt: F.at(10, 1))],
                         touches: touches, groups: groups, present: [.contacts, .touches, .groups]),
        settings: F.settings)

    @Test func massSendResponse() {
        // Recipients (t1 A, t1 B, t2 A, t2 B) = 4; responded: t1 A and t2 B = 2.
        #expect(TouchCalculator.compute(inputs, period: F.november)["mass_send_response_rate"] == 0.5)
        // Within 72 hours t1's answer to B (26 h later) counts too: 3 / 4. t2's A still does not (B came first).
        #expect(TouchCalculator.compute(inputs, period: F.november)["mass_send_response_rate_72h"] == 0.75)
    }

    @Test func staffReplyRateAndFirstReplyTime() {
        let values = TouchCalculator.compute(inputs, period: F.november)
        // Customer-started days: t1 Nov 5 (answered in 30 min), t1 Nov 11 (unanswered), t2 Nov 5 (10 min) → 2 / 3.
        #expect(values["staff_reply_rate"] == 2.0 / 3)
        #expect(values["first_reply_minutes"] == 20)
    }

    @Test func touchKPIsOfSeveralPeriodsInOnePass() throws {
        let weeks = try ["2025-W45", "2025-W46", "2025-W47", "2025-W48"].map { try #require(Period.parse($0, clock: F.clock)) }
        let values = TouchCalculator.compute(inputs, periods: weeks)
        // W45 (Nov 3–9): sends t1 A, t2 A, t2 B, of which t1 A and t2 B answered in time; chats started by t1 and
        // t2 on Nov 5, answered in 30 and 10 minutes.
        #expect(values[0]["mass_send_response_rate"] == 2.0 / 3)
        #expect(values[0]["staff_reply_rate"] == 1)
        #expect(values[0]["first_reply_minutes"] == 20)
        // W46: t1's send B, answered after 26 hours (within 72 only); t1's chat of Nov 11 went unanswered.
        #expect(values[1]["mass_send_response_rate"] == 0)
        #expect(values[1]["mass_send_response_rate_72h"] == 1)
        #expect(values[1]["staff_reply_rate"] == 0)
        #expect(values[1]["first_reply_minutes"] == .some(nil))
        // W47: staff spoke first on Nov 20; W48: nothing.
        #expect(values[2]["staff_reply_rate"] == .some(nil))
        #expect(values[3]["mass_send_response_rate"] == .some(nil))
        // Each period alone gives the same.
        #expect(weeks.map { TouchCalculator.compute(inputs, period: $0) } == values)
    }

    @Test func activeRateOfSeveralPeriodsInOnePass() throws {
        let weeks = try ["2025-W44", "2025-W45", "2025-W46", "2025-W47", "2025-W48"]
            .map { try #require(Period.parse($0, clock: F.clock)) }
        let values = ActivityCalculator.compute(inputs, periods: weeks)
        // Both contacts are in the pool throughout and nobody buys. Inbound: t1 on Nov 5, 11, 20; t2 on Nov 5, 10
        // (in g3), 20. W44 (Oct 27–Nov 2) hears nobody; W48 (Nov 24–30) only staff in g2.
        #expect(values.map { $0["active_rate"] } == [0, 1, 1, 1, 0])
        #expect(values.map { $0["active_rate_end"] } == [0, 1, 1, 1, 0])
        // Each period alone gives the same, as does a search of each contact's touches per period.
        #expect(weeks.map { ActivityCalculator.compute(inputs, period: $0) } == values)
        #expect(weeks.map { week in (0..<2).filter { ActivityCalculator.hasInbound(inputs, $0, week) }.count } == [0, 2, 2, 2, 0])
    }

    @Test func buyersAreActiveInTheirOwnPeriodsOnly() throws {
        let weeks = try ["2025-W45", "2025-W46", "2025-W47"].map { try #require(Period.parse($0, clock: F.clock)) }
        let buyers = MetricInputs(
            dataset: Dataset(contacts: [Contact(id: "a", addedAt: F.at(10, 1)), Contact(id: "b", addedAt: F.at(10, 1))],
                             orders: [Order(id: "1", customerId: "a", paidAt: F.at(11, 18), amount: 100)],
                             present: [.contacts, .orders]),
            settings: F.settings)
        // Only a buys, in W47 (Nov 17–23): one of the two is active then, nobody before.
        let values = ActivityCalculator.compute(buyers, periods: weeks)
        #expect(values.map { $0["active_rate"] } == [0, 0, 0.5])
        #expect(weeks.map { ActivityCalculator.compute(buyers, period: $0) } == values)
    }

    @Test func groupActivityAndDeadGroups() {
        let values = GroupCalculator.compute(inputs, period: F.november)
        // Active: g1, g3 of 3 groups created before Dec 1. Dead: g3 (silent since Nov 10, before Nov 17);
        // g2 is too young to be dead, g1 spoke on Nov 20.
        #expect(values["group_active_rate"] == 2.0 / 3)
        #expect(values["dead_groups"] == 1)
    }

    @Test func activeRateCountsOnlyInboundOrOrders() {
        // Both contacts were in the pool in November and both sent inbound messages: 2 / 2.
        #expect(ActivityCalculator.compute(inputs, period: F.november)["active_rate"] == 1)
        // Over the pool at the period end (both still in): 2 / 2.
        #expect(ActivityCalculator.compute(inputs, period: F.november)["active_rate_end"] == 1)
        let outboundOnly = MetricInputs(
            dataset: Dataset(contacts: [Contact(id: "t1", addedAt: F.at(10, 1))],
                             touches: [Touch(contactId: "t1", at: F.at(11, 5), kind: .massSend, direction: .outbound)],
                             present: [.contacts, .touches]),
            settings: F.settings)
        #expect(ActivityCalculator.compute(outboundOnly, period: F.november)["active_rate"] == 0)
    }
}

@Suite struct ConversionChannelFissionTests {
    typealias F = Fixture
    let asOf = Fixture.at(12, 2, 0)

    @Test func firstPurchaseConversion() {
        let inputs = MetricInputs(dataset: F.dataset, settings: F.settings)
        let values = ConversionCalculator.compute(inputs, period: F.november, asOf: asOf)
        // 7 days observed by Dec 2: c3 and c4 (not c5). c3 bought on Nov 6 (o4; o3 was refunded), c4 never: 1 / 2.
        #expect(values["first_purchase_7d"] == 0.5)
        // 30 days observed: nobody added in November yet → no value.
        #expect(values["first_purchase_30d"] == .some(nil))
    }

    @Test func channelEconomics() {
        var dataset = F.dataset
        dataset.spend = [Spend(day: CivilDate.days(year: 2025, month: 11, day: 3), channel: "投放", cost: 30_000),
                         Spend(day: CivilDate.days(year: 2025, month: 12, day: 1), channel: "投放", cost: 10_000)]
        dataset.present.insert(.spend)
        let values = ChannelCalculator.compute(MetricInputs(dataset: dataset, settings: F.settings), period: F.november)
        // November spend 300 on 投放, which added c3, c4, c5: cost per add 100.
        #expect(values["cost_per_add"] == 100)
        // Only c3 bought within 30 days (o4, 80 yuan): CAC 300, ROI 80 / 300.
        #expect(values["cac"] == 300)
        #expect(values["roi"] == 80.0 / 300)
    }

    @Test func fission() {
        let values = FissionCalculator.compute(MetricInputs(dataset: F.dataset, settings: F.settings), period: F.november)
        // c5 (referred by c1) is the one referred add; S0 = 4 → K = 0.25. In the pool at the end: c1, c3, c5, c8;
        // c1 has referred someone → 1 / 4.
        #expect(values["k_factor"] == 0.25)
        #expect(values["referrer_share"] == 0.25)
    }

    @Test func historicalLTVUsesTheFirst90Days() {
        let dataset = Dataset(
            contacts: [Contact(id: "L", addedAt: F.at(8, 10))],
            orders: [Order(id: "1", customerId: "L", paidAt: F.at(8, 12), amount: 5_000),
                     Order(id: "2", customerId: "L", paidAt: F.at(10, 1), amount: 7_000),
                     Order(id: "3", customerId: "L", paidAt: F.at(11, 9), amount: 9_900)], // day 91: outside
            present: [.contacts, .orders])
        // Aug 10 10:00 + 90 days = Nov 8 10:00, inside November: 50 + 70 = 120.
        #expect(LTVCalculator.compute(MetricInputs(dataset: dataset, settings: F.settings), period: F.november)["ltv_historical_90d"] == 120)
    }
}
