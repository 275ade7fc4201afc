import Testing
@testable import SiyuData
@testable import SiyuMetrics

@Suite struct CohortAndValueTests {
    typealias F = Fixture
    let periods = [F.november.previous(clock: F.clock), F.november]

    static let cohortData = Dataset(
        contacts: [Contact(id: "k1", addedAt: F.at(10, 5), lostAt: F.at(10, 25)), Contact(id: "k2", addedAt: F.at(10, 6), lostAt: F.at(11, 10)),
                   Contact(id: "k3", addedAt: F.at(10, 7)), Contact(id: "k4", addedAt: F.at(11, 3))],
        orders: [Order(id: "o", customerId: "k3", paidAt: F.at(11, 5), amount: 100)],
        touches: [Touch(contactId: "k2", at: F.at(10, 20), kind: .privateChat, direction: .inbound),
                  Touch(contactId: "k4", at: F.at(11, 4, 9), kind: .privateChat, direction: .inbound)],
        present: [.contacts, .orders, .touches])

    @Test func retentionMatricesCensorUnfinishedPeriods() {
        let inputs = MetricInputs(dataset: Self.cohortData, settings: F.settings)
        // As of Nov 20 November is not over: its cells are blank, not zero.
        let early = CohortTable.build(inputs, periods: periods, asOf: F.at(11, 20, 0))
        #expect(early.rows[0].size == 3)
        #expect(early.rows[0].relationship == [2.0 / 3, nil])   // k2 and k3 still in at Nov 1
        #expect(early.rows[1].relationship == [nil])
        let late = CohortTable.build(inputs, periods: periods, asOf: F.at(12, 2, 0))
        #expect(late.rows[0].relationship == [2.0 / 3, 1.0 / 3]) // only k3 at Dec 1
        #expect(late.rows[0].active == [1.0 / 3, 1.0 / 3])       // k2 spoke in Oct, k3 bought in Nov
        #expect(late.rows[0].purchase == [0, 1.0 / 3])
        #expect(late.rows[1].relationship == [1])
        // k2 also speaks on Nov 8: active in November as well as in October, in the October cohort.
        var spoken = Self.cohortData
        spoken.touches.append(Touch(contactId: "k2", at: F.at(11, 8), kind: .privateChat, direction: .inbound))
        let moved = CohortTable.build(MetricInputs(dataset: spoken, settings: F.settings), periods: periods, asOf: F.at(12, 2, 0))
        #expect(moved.rows[0].active == [1.0 / 3, 2.0 / 3])
    }

    @Test func nDayRetentionIsExactDay() {
        let inputs = MetricInputs(dataset: Self.cohortData, settings: F.settings)
        let rows = CohortTable.dayRetention(inputs, period: F.november, asOf: F.at(12, 2, 0))
        // k4 added Nov 3: spoke on Nov 4 (day 1), not on Nov 10 (day 7); day 30 (Dec 3) is not over yet.
        #expect(rows.map(\.cohort) == [1, 1, 0])
        #expect(rows.map(\.active) == [1, 0, nil])
        #expect(rows.map(\.relationship) == [1, 1, nil])
    }

    @Test func cohortRepurchaseVariantD() {
        let orders = [Order(id: "1", customerId: "q1", paidAt: F.at(10, 3), amount: 100), Order(id: "2", customerId: "q1", paidAt: F.at(10, 20), amount: 100),
                      Order(id: "3", customerId: "q2", paidAt: F.at(10, 10), amount: 100), Order(id: "4", customerId: "q2", paidAt: F.at(12, 1), amount: 100),
                      Order(id: "5", customerId: "q3", paidAt: F.at(10, 15), amount: 100), Order(id: "6", customerId: "q4", paidAt: F.at(11, 5), amount: 100),
                      Order(id: "7", customerId: "q5", paidAt: F.at(9, 20), amount: 100), Order(id: "8", customerId: "q6", paidAt: F.at(12, 1), amount: 100)]
        let inputs = MetricInputs(dataset: Dataset(orders: orders, present: [.orders]), settings: F.settings)
        let october = CohortTable.repurchaseCohorts(inputs, periods: [periods[0]], asOf: F.at(12, 2, 0))[0]
        // First-time buyers in October: q1, q2, q3. Within 30 days: q1 (17 days). The 90-day window ends Jan 30: blank.
        #expect(october.firstTimeBuyers == 3)
        #expect(october.within30Days == 1.0 / 3)
        #expect(october.within90Days == nil)
        // Both months at once: October's cohort is the same; November's first-time buyer is q4 alone (q2's
        // December order is its second; q5 first bought in September, q6 in December), whose 30 days are not
        // over by Dec 2.
        let both = CohortTable.repurchaseCohorts(inputs, periods: periods, asOf: F.at(12, 2, 0))
        #expect(both.first == october)
        #expect(both.last?.cohort == F.november)
        #expect(both.last?.firstTimeBuyers == 1)
        #expect(both.last?.within30Days == nil)
    }

    @Test func historicalLTVByAgeAndChannel() {
        let dataset = Dataset(
            contacts: [Contact(id: "L1", addedAt: F.at(8, 1), channel: "A"), Contact(id: "L2", addedAt: F.at(11, 25), channel: "B")],
            orders: [Order(id: "1", customerId: "L1", paidAt: F.at(8, 10), amount: 10_000),
                     Order(id: "2", customerId: "L1", paidAt: F.at(10, 15), amount: 5_000)],
            present: [.contacts, .orders])
        let rows = LTVTable.build(MetricInputs(dataset: dataset, settings: F.settings), asOf: F.at(12, 2, 0))
        // Only L1 is 30 and 90 days old: 100 within 30 days, 150 within 90; nobody is 180 days old yet.
        #expect(rows.map(\.channel) == [nil, "A", "B"])
        #expect(rows[0].contacts == 2)
        #expect(rows[0].values == [100, 150, nil, nil])
        #expect(rows[2].values == [nil, nil, nil, nil])
    }

    @Test func referralInclusiveLTVAddsReferees() {
        let dataset = Dataset(
            contacts: [Contact(id: "r", addedAt: F.at(9, 1)), Contact(id: "s", addedAt: F.at(9, 5), referrerId: "r")],
            orders: [Order(id: "1", customerId: "r", paidAt: F.at(9, 2), amount: 10_000),
                     Order(id: "2", customerId: "s", paidAt: F.at(9, 6), amount: 3_000)],
            present: [.contacts, .orders])
        // Sep 1: nobody has bought. Sep 3: r alone, 100 / 1. Sep 6 at the order's own instant: s is added but has
        // not bought yet, still 100. Sep 7 and end of November: r: own 100 + s's 30; s: own 30 → (130 + 30) / 2.
        let ends = [F.at(9, 1), F.at(9, 3), F.at(9, 6), F.at(9, 7), F.november.end]
        #expect(LTVTable.withReferrals(MetricInputs(dataset: dataset, settings: F.settings), at: ends) == [nil, 100, 100, 80, 80])
    }

    @Test func fissionCohortAndKOC() throws {
        var touches: [Touch] = []
        for day in 1...5 { touches.append(Touch(contactId: "f1", at: F.at(11, Int64(day + 10)), kind: .groupMessage, direction: .inbound, groupId: "g")) }
        let dataset = Dataset(
            contacts: [Contact(id: "f1", addedAt: F.at(11, 2), owner: "米粒"), Contact(id: "f2", addedAt: F.at(11, 5), referrerId: "f1"),
                       Contact(id: "f3", addedAt: F.at(11, 8), referrerId: "EXT"), Contact(id: "f4", addedAt: F.at(11, 20), referrerId: "f1")],
            orders: [Order(id: "1", customerId: "f1", paidAt: F.at(11, 3), amount: 20_000),
                     Order(id: "2", customerId: "f2", paidAt: F.at(11, 10), amount: 8_000)],
            touches: touches, present: [.contacts, .orders, .touches])
        let summary = FissionTable.build(MetricInputs(dataset: dataset, settings: F.settings), period: F.november,
                                         asOf: Fixture.at(1, 5, 0, year: 2026))
        // Cohort f1–f4; f1 brought f2 and f4 within 30 days → K_eff = 2/4; f2 bought within 30 days → buyer-K 1/4.
        #expect(summary.cohortK == 0.5)
        #expect(summary.buyerK == 0.25)
        // Cycle: f2 3 days after f1, f4 18 days after → median 10.5. f3's referrer is not a contact.
        #expect(summary.cycleDays == 10.5)
        #expect(summary.externalReferrals == 1)
        // KOC: f1 bought, has a referred buyer, and spoke 5 times in groups.
        let koc = try #require(summary.kocs.first)
        #expect(summary.kocs.count == 1)
        #expect(koc.contactId == "f1")
        #expect(koc.referredContacts == 2)
        #expect(koc.referredBuyers == 1)
        #expect(koc.referredGMV == 80)
        #expect(koc.ownGMV == 200)
        #expect(summary.kocShareOfReferredGMV == 1)
        // A contact naming itself as referrer is no referral: the cohort grows to 5, the referred stay 2.
        var withSelf = dataset
        withSelf.contacts.append(Contact(id: "f5", addedAt: F.at(11, 21), referrerId: "f5"))
        let selfReferred = FissionTable.build(MetricInputs(dataset: withSelf, settings: F.settings), period: F.november,
                                              asOf: Fixture.at(1, 5, 0, year: 2026))
        #expect(selfReferred.cohortK == 2.0 / 5)
        #expect(selfReferred.externalReferrals == 1)
        // What an external referrer's referee spends is referred GMV too, though no KOC brought it: f3 pays 20,
        // so f1's 80 is 80 / 100 of it.
        var withExternalBuyer = dataset
        withExternalBuyer.orders.append(Order(id: "3", customerId: "f3", paidAt: F.at(11, 9), amount: 2_000))
        let external = FissionTable.build(MetricInputs(dataset: withExternalBuyer, settings: F.settings), period: F.november,
                                          asOf: Fixture.at(1, 5, 0, year: 2026))
        #expect(external.kocs.map(\.contactId) == ["f1"])
        #expect(external.kocShareOfReferredGMV == 0.8)
        // Before the 30-day window closes the cohort figures are blank.
        #expect(FissionTable.build(MetricInputs(dataset: dataset, settings: F.settings), period: F.november, asOf: F.at(12, 2, 0)).cohortK == nil)
    }

    @Test func staffTable() throws {
        let dataset = Dataset(
            contacts: [Contact(id: "s1", addedAt: F.at(10, 1), owner: "小林"),
                       Contact(id: "s2", addedAt: F.at(11, 5), owner: "小林", lostAt: F.at(11, 20)),
                       Contact(id: "s3", addedAt: F.at(10, 10), owner: "阿青")],
            orders: [Order(id: "1", customerId: "s1", paidAt: F.at(11, 3), amount: 10_000),
                     Order(id: "2", customerId: "s3", paidAt: F.at(11, 4), amount: 5_000)],
            touches: [Touch(contactId: "s1", at: F.at(11, 6, 10), kind: .privateChat, direction: .inbound),
                      Touch(contactId: "s1", at: F.at(11, 6, 10, 5), kind: .privateChat, direction: .outbound)],
            present: [.contacts, .orders, .touches])
        let rows = StaffTable.build(MetricInputs(dataset: dataset, settings: F.settings), period: F.november)
        #expect(rows.map(\.owner) == ["小林", "阿青"])
        let lin = rows[0]
        #expect([lin.poolStart, lin.poolEnd, lin.new, lin.lost] == [1, 1, 1, 1])
        #expect(lin.lossRate == 1)
        #expect(lin.replyRate == 1)
        #expect(lin.netGMV == 100)
        #expect(rows[1].netGMV == 50)
    }

    @Test func channelRowsWithProfitROIAndPayback() throws {
        var dataset = Fixture.dataset
        dataset.spend = [Spend(day: CivilDate.days(year: 2025, month: 11, day: 3), channel: "投放", cost: 30_000),
                         Spend(day: CivilDate.days(year: 2025, month: 11, day: 4), channel: "抖音投流", cost: 5_000)]
        dataset.present.insert(.spend)
        let rows = ChannelCalculator.rows(MetricInputs(dataset: dataset, settings: F.settings), period: F.november, asOf: F.november.end)
        let paid = try #require(rows.first { $0.channel == "投放" })
        // Profit ROI = (80 × 0.6 − 300) / 300 = −0.84.
        #expect(abs((paid.profitROI ?? 0) + 0.84) < 1e-12)
        // Customers 投放 acquired before Dec 1: c3 (80 yuan), c4, c5, each under a month old (counted as 1 month):
        // 80 / 3 per month × 0.6 = 16 a month; payback = CAC 300 / 16 = 18.75 months.
        #expect(abs((paid.paybackMonths ?? 0) - 18.75) < 1e-9)
        let unattributed = try #require(rows.first { $0.channel == "抖音投流" })
        #expect(unattributed.unattributed)
        #expect(unattributed.costPerAdd == nil)
    }

    @Test func clvFitsOnTheBundledSizeOfDataEvenWithFirstPurchasesOnTheLastDay() {
        // 600 customers: every third buys again 3 and 10 weeks after a first purchase spread over a year; one
        // first buys on the very last day (T = 0), which must not stop the fit.
        var orders: [Order] = []
        let end = F.november.end
        for index in 0..<600 {
            let first = end - Int64(10 + index % 350) * 86_400
            orders.append(Order(id: "a\(index)", customerId: "p\(index)", paidAt: first, amount: Int64(10_000 + index * 10)))
            if index % 3 == 0 {
                for weeks in [3, 10] where first + Int64(weeks * 7) * 86_400 < end {
                    orders.append(Order(id: "b\(index)-\(weeks)", customerId: "p\(index)", paidAt: first + Int64(weeks * 7) * 86_400,
                                        amount: Int64(8_000 + index * 7)))
                }
            }
        }
        orders.append(Order(id: "last", customerId: "late", paidAt: end - 3600, amount: 10_000))
        let summary = CLVSummary.compute(MetricInputs(dataset: Dataset(orders: orders, present: [.orders]), settings: F.settings), at: end)
        #expect(summary.customers == 601)
        #expect(summary.repeaters >= 100)
        #expect(summary.usesModel)
        #expect(summary.values.count == 601)
        #expect(summary.aliveProbabilities.allSatisfy { $0 > 0 && $0 <= 1 })
    }

    @Test func clvFallsBackToHistoricalBelowTheDataThresholds() {
        let summary = CLVSummary.compute(MetricInputs(dataset: Fixture.dataset, settings: F.settings), at: F.november.end)
        // 4 buyers (c1 170, c3 80, X9 30, c8 100) are far below 500: historical spend per buyer = 380 / 4.
        #expect(!summary.usesModel)
        #expect(summary.customers == 4)
        #expect(summary.meanValue == 95)
    }
}
