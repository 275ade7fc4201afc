@testable import SiyuContent
@testable import SiyuData
@testable import SiyuMetrics
@testable import SiyuRender

/// A small, fully deterministic project for the dashboard tests: eleven months of contacts, orders, touches,
/// groups and spend, with markup in names (to prove escaping), a staff member with too few contacts (to prove
/// suppression) and two targets that are breached (to show alerts).
enum DashboardFixture {
    static let clock = LocalClock.shanghai

    static func day(_ month: Int64, _ date: Int64) -> Int64 { CivilDate.days(year: 2025, month: month, day: date) }

    static func at(_ day: Int64, hour: Int64 = 10) -> Int64 { clock.instant(day: day, secondOfDay: hour * 3600) }

    static func dataset() -> Dataset {
        let channels = ["企微活码", "包裹卡", "<b>门店</b>"]
        let owners = ["小林", "阿青", "周周"]
        var contacts: [Contact] = []
        var orders: [Order] = []
        var touches: [Touch] = []
        let first = day(1, 1), last = day(11, 29)
        for index in 0..<150 {
            let added = first + Int64(index * 325 / 150) + Int64(index % 3)
            let owner = index == 149 ? "新人<i>" : owners[index % 3]
            let lost: Int64? = index % 6 == 0 && added + Int64(index % 20 + 1) <= last ? at(added + Int64(index % 20 + 1), hour: 20) : nil
            contacts.append(Contact(id: "wm-\(index)", addedAt: at(added), channel: channels[index % 3], owner: owner,
                                    customerId: index % 15 == 14 ? "u-\(index - 1)" : "u-\(index)",
                                    referrerId: index % 7 == 6 ? "wm-\(index - 3)" : nil, lostAt: lost))
            if index % 3 != 0 {
                let customer = index % 15 == 14 ? "u-\(index - 1)" : "u-\(index)"
                for (number, offset) in [5, 40, 80].enumerated() where (number == 0 || index % (number * 2) == 0)
                    && added + Int64(offset) <= last {
                    orders.append(Order(id: "o-\(index)-\(number)", customerId: customer, paidAt: at(added + Int64(offset), hour: 15),
                                        amount: Int64(9_900 + (index % 7) * 1_000), channel: index % 4 == 0 ? "天猫" : "小程序",
                                        refunded: index % 17 == 0 && number == 0))
                }
            }
            if index % 3 == 0, added + 1 <= last {
                touches.append(Touch(contactId: "wm-\(index)", at: at(added + 1, hour: 9), kind: .privateChat, direction: .inbound))
                if index % 6 == 0 {
                    touches.append(Touch(contactId: "wm-\(index)", at: at(added + 1, hour: 11), kind: .privateChat, direction: .outbound))
                }
            }
            if index % 5 == 0 {
                for week in 0..<8 where added + Int64(week * 7 + 2) <= last {
                    touches.append(Touch(contactId: "wm-\(index)", at: at(added + Int64(week * 7 + 2), hour: 21), kind: .groupMessage,
                                         direction: .inbound, groupId: index % 10 == 0 ? "g1" : "g2"))
                }
            }
        }
        // A monthly mass send to everyone in the pool, and replies from every fourth contact.
        for month in Int64(1)...11 {
            let send = day(month, 10)
            for contact in contacts where contact.addedAt < at(send) && (contact.lostAt ?? .max) > at(send) {
                touches.append(Touch(contactId: contact.id, at: at(send, hour: 12), kind: .massSend, direction: .outbound,
                                     campaign: "月度上新 \"\(month)\" <新品>"))
                if let number = Int(contact.id.dropFirst(3)), number % 4 == 0 {
                    touches.append(Touch(contactId: contact.id, at: at(send, hour: 14), kind: .privateChat, direction: .inbound))
                }
            }
        }
        touches.append(Touch(contactId: "wm-3", at: at(day(11, 20), hour: 8), kind: .groupMessage, direction: .outbound, groupId: "g4"))
        // The newest data is on the period's last day, so the report is for 2025-11.
        touches.append(Touch(contactId: "wm-1", at: at(day(11, 30), hour: 22), kind: .privateChat, direction: .inbound))
        let groups = [
            ChatGroup(id: "g1", name: "核心<VIP>群", createdAt: at(day(1, 5)), owner: "小林"),
            ChatGroup(id: "g2", name: "老客群", createdAt: at(day(2, 1)), owner: "阿青"),
            ChatGroup(id: "g3", name: "新群", createdAt: at(day(11, 25)), owner: "周周"),
            ChatGroup(id: "g4", name: "沉默群", createdAt: at(day(3, 1)), owner: "周周"),
        ]
        var spend: [Spend] = []
        for month in Int64(1)...11 {
            spend.append(Spend(day: day(month, 1), channel: "企微活码", cost: 50_000 + month * 1_000))
            spend.append(Spend(day: day(month, 1), channel: "包裹卡", cost: 20_000))
            spend.append(Spend(day: day(month, 2), channel: "信息流", cost: 8_000))
        }
        return Dataset(contacts: contacts, orders: orders.sorted { ($0.paidAt, $0.id) < ($1.paidAt, $1.id) },
                       touches: touches.sorted { ($0.at, $0.contactId) < ($1.at, $1.contactId) }, groups: groups, spend: spend,
                       present: Set(DataTable.allCases))
    }

    /// Built once: a report takes a moment (12 periods of every KPI).
    static let cachedReport = report()

    static func report() -> Report {
        var settings = MetricSettings(clock: clock)
        settings.targets = ["loss_rate": Target(max: 0.01), "repurchase_rate": Target(min: 0.9), "active_rate": Target(min: 0.05)]
        return ReportBuilder.build(dataset: dataset(), settings: settings,
                                   rowsRead: ["contacts": 150, "orders": 200, "touches": 900, "groups": 4, "spend": 33])
    }

    static func context(language: Language = .zh, archived: [String] = []) throws -> RenderContext {
        let playbooks = try PlaybookLoader().load([
            PlaybookSource(relativePath: "sop/win-back.md", displayPath: "Content/playbooks/sop/win-back.md",
                           text: "---\ntitle: 流失挽回 <SOP>\nsection: SOP\nkpis: [loss_rate, pool_lost, repurchase_rate]\n---\n## 第一步\n正文"),
        ])
        var context = RenderContext(siteTitle: "测试 & \"周报\"", language: language, report: cachedReport, playbooks: playbooks,
                                    minGroupSize: 5, masker: IDMasker(key: Array("fixture-key-0123".utf8)))
        context.archivedPeriods = archived
        context.unknownColumns = ["contacts": ["微信昵称<x>"]]
        return context
    }
}
