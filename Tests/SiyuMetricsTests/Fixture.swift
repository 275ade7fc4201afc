@testable import SiyuData
@testable import SiyuMetrics

/// A small hand-made dataset around November 2025 in Asia/Shanghai; every expected KPI value in the tests is
/// worked out by hand in comments from these rows.
enum Fixture {
    static let clock = LocalClock.shanghai

    static func at(_ month: Int64, _ day: Int64, _ hour: Int64 = 10, _ minute: Int64 = 0, year: Int64 = 2025) -> Int64 {
        clock.instant(day: CivilDate.days(year: year, month: month, day: day), secondOfDay: hour * 3600 + minute * 60)
    }

    static let contacts = [
        Contact(id: "c1", addedAt: at(10, 5), channel: "门店"),                         // in S0 and S1
        Contact(id: "c2", addedAt: at(10, 20), channel: "门店", lostAt: at(11, 10)),     // S0 only; lost in Nov
        Contact(id: "c3", addedAt: at(11, 3, 9), channel: "投放"),                      // new
        Contact(id: "c4", addedAt: at(11, 15, 12), channel: "投放", lostAt: at(11, 18)), // new and lost, early loss
        Contact(id: "c5", addedAt: at(11, 30, 23, 30), channel: "投放", referrerId: "c1"), // new at 23:30 local
        Contact(id: "c6", addedAt: at(12, 1, 0), channel: "投放"),                       // December: not new in Nov
        Contact(id: "c7", addedAt: at(9, 1), channel: "门店", lostAt: at(11, 1, 0)),     // lost exactly at the start
        Contact(id: "c8", addedAt: at(8, 1), channel: "门店"),                          // in S0 and S1
    ]

    static let orders = [
        Order(id: "o1", customerId: "c1", paidAt: at(11, 2), amount: 10_000, channel: "小程序"),
        Order(id: "o2", customerId: "c1", paidAt: at(11, 20), amount: 5_000, channel: "天猫"),
        Order(id: "o3", customerId: "c3", paidAt: at(11, 5, 12), amount: 20_000, channel: "小程序", refunded: true),
        Order(id: "o4", customerId: "c3", paidAt: at(11, 6, 12), amount: 8_000, channel: "企业微信"),
        Order(id: "o5", customerId: "X9", paidAt: at(11, 7), amount: 3_000, channel: "天猫"),          // unlinked
        Order(id: "o6", customerId: "c8", paidAt: at(10, 15), amount: 6_000, channel: "小程序"),
        Order(id: "o7", customerId: "c8", paidAt: at(9, 10), amount: 4_000, channel: "小程序"),
        Order(id: "o8", customerId: "c1", paidAt: at(10, 25), amount: 2_000, channel: "小程序"),
    ]

    static let dataset = Dataset(contacts: contacts, orders: orders, touches: [], groups: [], spend: [],
                                 present: [.contacts, .orders])

    static let settings = MetricSettings(clock: clock, periodKind: .month, privateChannels: ["小程序", "企业微信"])

    static var november: Period { Period.parse("2025-11", clock: clock)! }
}
