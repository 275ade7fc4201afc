import Testing
@testable import SiyuData
@testable import SiyuMetrics

@Suite struct PoolAndCommerceTests {
    let inputs = MetricInputs(dataset: Fixture.dataset, settings: Fixture.settings)
    /// The newest data is c6's add on 2025-12-01 00:00, so as-of is 2025-12-02 00:00.
    let asOf = Fixture.at(12, 2, 0)

    @Test func poolKPIs() throws {
        let values = PoolCalculator.compute(inputs, period: Fixture.november, asOf: asOf)
        // S0 (Nov 1 00:00): c1, c2, c7 (lost exactly at the start is still in), c8 = 4.
        // S1 (Dec 1 00:00): c1, c3, c5, c8 = 4 (c6 added at the boundary is not in yet).
        #expect(values["pool_total"] == 4)
        // New: c3, c4, c5 (23:30 local on Nov 30) = 3. Lost: c2, c4, c7 = 3. Net 0 = S1 − S0.
        #expect(values["pool_new"] == 3)
        #expect(values["pool_lost"] == 3)
        #expect(values["pool_net"] == 0)
        // Loss rate = lost / S0 = 3 / 4.
        #expect(values["loss_rate"] == 0.75)
        // Early loss: c3 and c4 have 7 days observed by Dec 2 (c5 does not); c4 left after 3 days: 1 / 2.
        #expect(values["early_loss_rate"] == 0.5)
        let stocks = PoolCalculator.stocks(inputs, period: Fixture.november)
        #expect(stocks.end - stocks.start == 3 - 3)
    }

    @Test func emptyPoolGivesNoRateNotNaN() {
        let empty = MetricInputs(dataset: Dataset(present: [.contacts]), settings: Fixture.settings)
        let values = PoolCalculator.compute(empty, period: Fixture.november, asOf: asOf)
        #expect(values["loss_rate"] == .some(nil))
        #expect(values["pool_total"] == 0)
    }

    @Test func commerceKPIs() throws {
        let previous = Fixture.november.previous(clock: Fixture.clock)
        let values = CommerceCalculator.compute(inputs, period: Fixture.november, previous: previous)
        // Gross = 100 + 50 + 200 + 80 + 30 = 460 yuan; net drops the refunded 200 = 260.
        #expect(values["gmv_gross"] == 460)
        #expect(values["gmv_net"] == 260)
        // Buyers with a qualifying order: c1, c3, X9 (unlinked orders still count in totals) = 3; orders o1 o2 o4 o5 = 4.
        #expect(values["buyers"] == 3)
        #expect(values["revenue_per_buyer"] == 260.0 / 3)
        #expect(values["aov"] == 65)
        #expect(values["purchase_frequency"] == 4.0 / 3)
        // Private channels 小程序 + 企业微信: o1 100 + o4 80 = 180 of 260.
        #expect(values["private_gmv_share"] == 180.0 / 260)
        // Repurchase A over 90 days before Dec 1 (from Sep 2): c8 (o7, o6), c1 (o8, o1, o2), c3 (o4), X9 (o5):
        // 2 of 4 buyers bought twice or more.
        #expect(values["repurchase_rate"] == 0.5)
        // Repurchase C: October buyers c8 and c1; only c1 bought again in November: 1 / 2.
        #expect(values["repurchase_rate_cross"] == 0.5)
        // Repurchase B: (4 qualifying orders − 3 buyers) / 4 orders.
        #expect(values["repurchase_rate_orders"] == 0.25)
    }

    @Test func sameDayDedupeToggle() {
        var settings = Fixture.settings
        settings.repurchaseDedupeSameDay = true
        let twoSameDay = Dataset(contacts: [], orders: [
            Order(id: "a", customerId: "p", paidAt: Fixture.at(11, 3, 9), amount: 100),
            Order(id: "b", customerId: "p", paidAt: Fixture.at(11, 3, 20), amount: 100),
        ], present: [.orders])
        let end = Fixture.november.end
        // 按天去重: two orders on one day are one purchase day, so no repurchase; 按天非去重 counts both.
        #expect(CommerceCalculator.repurchaseRate(MetricInputs(dataset: twoSameDay, settings: settings), windowEnd: end) == 0)
        #expect(CommerceCalculator.repurchaseRate(MetricInputs(dataset: twoSameDay, settings: Fixture.settings), windowEnd: end) == 1)
    }

    @Test func reportHasPreviousChangeAndTrend() {
        let report = ReportBuilder.build(dataset: Fixture.dataset, settings: Fixture.settings)
        #expect(report.period.label == "2025-11")
        #expect(report.previousPeriod.label == "2025-10")
        let gmv = report.kpi("gmv_net")
        // October net GMV: o6 60 + o8 20 = 80; change = (260 − 80) / 80 = 2.25.
        #expect(gmv?.previous == 80)
        #expect(gmv?.change == .relative(2.25))
        #expect(gmv?.trend.count == 12)
        #expect(gmv?.trend.last?.period.label == "2025-11")
        // Rates change in percentage points: loss rate October = lost in Oct (none) / S0 … = 0 → 0.75 − 0 = +0.75.
        #expect(report.kpi("loss_rate")?.change == .points(0.75))
        #expect(report.quality.unlinkedOrders == 1)
        #expect(report.quality.poolIdentityHolds)
    }

    /// Without orders.csv, or with its header only, the KPIs of orders are missing, never a silent zero; with
    /// orders elsewhere in time they are real zeros.
    @Test func orderKPIsAreMissingWithoutOrders() {
        let orderKPIs = ["gmv_gross", "gmv_net", "buyers", "aov", "first_purchase_7d", "first_purchase_30d", "ltv_historical_90d",
                         "cac", "roi"]
        let spend = [Spend(day: Fixture.november.startDay, channel: "投放", cost: 10_000)]
        for present: Set<DataTable> in [[.contacts, .spend], [.contacts, .orders, .spend]] {
            let dataset = Dataset(contacts: Fixture.contacts, orders: [], touches: [], groups: [], spend: spend, present: present)
            let report = ReportBuilder.build(dataset: dataset, settings: Fixture.settings, period: Fixture.november)
            for id in orderKPIs { #expect(report.kpi(id)?.value == nil, "\(id) with \(present.sorted())") }
            // The channel table and its charts too: no ROI of 0 beside a missing KPI.
            let rows = ChannelCalculator.rows(MetricInputs(dataset: dataset, settings: Fixture.settings), period: Fixture.november, asOf: nil)
            #expect(!rows.isEmpty && rows.allSatisfy { $0.roi == nil && $0.profitROI == nil && $0.cac == nil })
            // Adds on the paid channel 投放 in November: c3, c4, c5; 100 yuan ÷ 3.
            #expect(report.kpi("cost_per_add")?.value == 100.0 / 3)
            #expect(report.kpi("pool_new")?.value == 3)
        }
        let elsewhere = Dataset(contacts: Fixture.contacts, orders: [Fixture.orders[6]], touches: [], groups: [], spend: spend,
                                present: [.contacts, .orders, .spend])
        let report = ReportBuilder.build(dataset: elsewhere, settings: Fixture.settings, period: Fixture.november)
        #expect(report.kpi("gmv_net")?.value == 0)
        #expect(report.kpi("buyers")?.value == 0)
        #expect(report.kpi("roi")?.value == 0)
    }

    /// The most money the reader lets through (`IntegrityChecker.moneyTotalLimit`): 1,152 orders of the largest
    /// amount, bought by referred contacts whose referrer's LTV counts them again, give every KPI without
    /// overflowing a total.
    @Test func theLargestSummableAmountsGiveKPIs() {
        let amount: Int64 = 999_999_999_999_999
        let contacts = [Contact(id: "r", addedAt: Fixture.at(9, 1), channel: "门店")]
            + (0..<40).map { Contact(id: "c\($0)", addedAt: Fixture.at(10, 1), channel: "投放", referrerId: "r") }
        var orders: [Order] = []
        for index in 0..<1_152 {
            // The referrer "r" buys too, so the LTV with referrals adds its referees' orders to its own.
            let customer = index == 0 ? "r" : "c\(index % 40)"
            orders.append(Order(id: "o\(index)", customerId: customer, paidAt: Fixture.at(10, 2) + Int64(index) * 3_600,
                                amount: amount, channel: "小程序"))
        }
        let dataset = Dataset(contacts: contacts, orders: orders, touches: [], groups: [], spend: [Spend(day: 0, channel: "投放", cost: amount)],
                              present: [.contacts, .orders, .spend])
        #expect(IntegrityChecker.moneyTotalLimit / amount == 1_152)
        let report = ReportBuilder.build(dataset: dataset, settings: Fixture.settings, period: Fixture.november)
        // One an hour from 2 October 10:00: 710 in October (29 days and 14 hours), the other 442 in November.
        #expect(report.kpi("gmv_net")?.value == Double(442 * amount) / 100)
        #expect(report.kpi("gmv_net")?.previous == Double(710 * amount) / 100)
        #expect(report.kpi("ltv_with_referrals")?.value != nil)
    }

    @Test func targetsGiveStatus() {
        var settings = Fixture.settings
        settings.targets = ["loss_rate": Target(max: 0.05), "gmv_net": Target(min: 100)]
        let report = ReportBuilder.build(dataset: Fixture.dataset, settings: settings)
        #expect(report.kpi("loss_rate")?.status == .breached)
        #expect(report.kpi("gmv_net")?.status == .ok)
        #expect(report.breaches.map(\.id) == ["loss_rate"])
    }
}

/// Orders in (time, id) order, rows in file order among equal ids: the packed sort against a plain one, with many
/// equal times, and with times too far apart to pack.
@Suite struct OrderTimeOrderTests {
    @Test func packedSortMatchesAPlainSort() {
        var state: UInt64 = 0x51DE
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for spread in [Int64(5), 1_000_000, Int64.max / 2] {
            let times = (0..<3_000).map { _ in Int64(next(1_000)) * (spread / 1_000 + 1) - spread / 3 }
            let ids = (0..<3_000).map { _ in "E\(next(400))" }
            let expected = Array(0..<Int32(times.count)).sorted {
                (times[Int($0)], ids[Int($0)], $0) < (times[Int($1)], ids[Int($1)], $1)
            }
            #expect(PeopleColumns.timeOrder(times, ids: ids) == expected, "spread \(spread)")
        }
        #expect(PeopleColumns.timeOrder([], ids: []) == [])
        #expect(PeopleColumns.timeOrder([7], ids: ["a"]) == [0])
    }
}
