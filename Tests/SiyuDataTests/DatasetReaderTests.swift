import Foundation
import SiyuCore
import Testing
@testable import SiyuData

@Suite struct DatasetReaderTests {
    @Test func readsTypedRows() throws {
        let result = try Fixtures.read([
            .contacts: "contact_id,added_at,channel,lost_at,tags\nc1,2025-11-03 10:00,门店,,绿茶;红茶\n",
            .orders: "order_id,customer_id,paid_at,amount,refunded\no1,c1,2025-11-04 10:00,\"¥1,234.50\",是\no2,zz,2025-11-05,8,0\n",
            .touches: "contact_id,at,kind,direction,group_id,campaign\nc1,2025-11-04 10:00,群发,发出,,双11预热\n",
            .groups: "group_id,name,created_at,owner\ng1,\"山茶里\"\"一\"\"群\",2025-11-01,小林\n",
            .spend: "date,channel,cost\n2025/11/3,门店,１２８．００\n",
        ])
        let data = result.dataset
        #expect(data.contacts.first?.tags == ["绿茶", "红茶"])
        #expect(data.contacts.first?.customerId == "c1")
        #expect(data.orders.first?.amount == 123_450)
        #expect(data.orders.first?.refunded == true)
        #expect(data.orders.count == 2)  // an order whose customer is no contact is kept
        #expect(data.touches.first?.kind == .massSend)
        #expect(data.touches.first?.direction == .outbound)
        #expect(data.touches.first?.campaign == "双11预热")
        #expect(data.touches.first?.groupId == nil)
        #expect(data.groups.first?.name == "山茶里\"一\"群")
        #expect(data.spend.first?.cost == 12_800)
        #expect(result.rowsRead == [.contacts: 1, .orders: 2, .touches: 1, .groups: 1, .spend: 1])
    }

    @Test func weComExportWithTagGroups() throws {
        let text = """
        客户名称,客户备注,客户ID,添加人,添加人账号,添加时间,来源,标签,标签组1(学员等级),标签组2(兴趣),手机,企业,描述
        张三,老客,wm1,小林,lin,2025/11/3 9:05,包裹卡,红茶,VIP,"绿茶,白茶",13800000000,山茶里,
        李四,,wm2,阿青,qing,2025-11-04 10:00,直播间,,,普洱,,,

        """
        let result = try Fixtures.read([.contacts: text])
        let contacts = result.dataset.contacts
        #expect(contacts.map(\.id) == ["wm1", "wm2"])
        #expect(contacts.map(\.owner) == ["小林", "阿青"])
        #expect(contacts.map(\.channel) == ["包裹卡", "直播间"])
        #expect(contacts.map(\.tags) == [["红茶", "VIP", "绿茶", "白茶"], ["普洱"]])
        #expect(result.warnings.isEmpty)
    }

    @Test func repeatedTagListsAreReadPerRow() throws {
        // Each distinct cell is split once and shared: rows with the same cell get equal lists, the others theirs.
        let text = """
        contact_id,added_at,tags,标签组1(偏好)
        c1,2025-11-03,绿茶;红茶,
        c2,2025-11-03,白茶,绿茶;红茶
        c3,2025-11-03, 绿茶;红茶 ,白茶
        c4,2025-11-03,"say ""hi"";x",
        c5,2025-11-03,绿茶;红茶,白茶

        """
        let contacts = try Fixtures.read([.contacts: text]).dataset.contacts
        #expect(contacts.map(\.tags) == [["绿茶", "红茶"], ["白茶", "绿茶", "红茶"], ["绿茶", "红茶", "白茶"],
                                          ["say \"hi\"", "x"], ["绿茶", "红茶", "白茶"]])
    }

    @Test func excelSerialColumnsAreDecidedPerColumnFromTheWholeFile() throws {
        // added_at is all serials; lost_at holds a written date, so it is read as written dates.
        let text = "contact_id,added_at,lost_at\nc1,45964.5,\nc2,45965,2025-12-01\nc3,45966.25,\n"
        let contacts = try Fixtures.read([.contacts: text]).dataset.contacts
        let clock = LocalClock.shanghai
        #expect(contacts.map { clock.day(of: $0.addedAt) } == [45964, 45965, 45966].map { $0 - 25569 })
        #expect(contacts.first.map { $0.addedAt - clock.startOfDay($0.addedAt) } == 43_200)
        #expect(contacts[1].lostAt == clock.instant(day: CivilDate.days(year: 2025, month: 12, day: 1)))

        let spend = try Fixtures.read([.contacts: "contact_id,added_at\n", .spend: "date,channel,cost\n45964,门店,1\n45965,门店,2\n"])
        #expect(spend.dataset.spend.map(\.day) == [45964 - 25569, 45965 - 25569])
    }

    @Test func epochSecondsAreNotExcelSerials() throws {
        let contacts = try Fixtures.read([.contacts: "contact_id,added_at\nc1,1762149909\nc2,1762149910\n"]).dataset.contacts
        #expect(contacts.map(\.addedAt) == [1_762_149_909, 1_762_149_910])
    }

    @Test func lenientSkipsAndCountsPerFileAndReason() throws {
        let result = try Fixtures.read([
            .contacts: "contact_id,added_at,channel\nc1,2025-11-03,a\nc2,nope,b\nc3,2025-11-04\nc4,2025-11-05,\"x\"y\nc5,2025-11-06,e\nc5,2025-11-07,f\n",
            .orders: "order_id,customer_id,paid_at,amount\no1,c1,2025-11-03,-5\no2,c1,2025-11-03,5\n",
        ], lenient: true)
        #expect(result.dataset.contacts.map(\.id) == ["c1", "c5"])
        #expect(result.dataset.orders.map(\.id) == ["o2"])
        #expect(Set(result.dataset.skippedRows) == [
            SkippedRows(table: .contacts, reason: "added_at: not a date and time", count: 1),
            SkippedRows(table: .contacts, reason: "wrong number of fields", count: 1),
            SkippedRows(table: .contacts, reason: "malformed quotes", count: 1),
            SkippedRows(table: .contacts, reason: "duplicate contact_id", count: 1),
            SkippedRows(table: .orders, reason: "amount: negative", count: 1),
        ])
        #expect(result.files.first { $0.table == .contacts }?.skipped == 4)
        #expect(result.rowsRead[.contacts] == 6)
    }

    @Test func lenientDropsDuplicatesAndImpossibleLifetimesTogether() throws {
        let result = try Fixtures.read([
            .contacts: "contact_id,added_at,lost_at\nc1,2025-11-03,\nc2,2025-11-05,2025-11-01\nc1,2025-11-04,\nc3,2025-11-06,\n",
        ], lenient: true)
        #expect(result.dataset.contacts.map(\.id) == ["c1", "c3"])
        #expect(Set(result.dataset.skippedRows.map(\.reason)) == ["duplicate contact_id", "lost_at before added_at"])
    }

    @Test func ordersNumberCustomersAndChannelsAsTheyAreRead() throws {
        // Repeats in and out of runs, a quoted id with doubled quotes, padding, and an order without a channel.
        let result = try Fixtures.read([
            .contacts: "contact_id,added_at\nc1,2025-11-01\n",
            .orders: "order_id,customer_id,paid_at,amount,channel\n"
                + "o1,c1,2025-11-03,1,抖音\no2,c1,2025-11-03,2,企业微信\no3,c2,2025-11-04,3,抖音\n"
                + "o4, c1 ,2025-11-05,4,\no5,\"c\"\"3\",2025-11-05,5,企业微信\no6,c2,2025-11-06,6, 抖音\n",
        ])
        let orders = result.dataset.orders
        #expect(orders.map(\.customerId) == ["c1", "c1", "c2", "c1", "c\"3", "c2"])
        #expect(orders.map(\.channel) == ["抖音", "企业微信", "抖音", nil, "企业微信", "抖音"])
        #expect(orders.customerIds == ["c1", "c2", "c\"3"])
        #expect(orders.customers == [0, 0, 1, 0, 2, 1])
        #expect(orders.channelNames == ["抖音", "企业微信"])
        #expect(orders.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(OrderTable(Array(orders)) == orders)
    }

    @Test func lenientDropsDuplicateOrdersKeepingTheFirst() throws {
        let result = try Fixtures.read([
            .contacts: "contact_id,added_at\nc1,2025-11-01\n",
            .orders: "order_id,customer_id,paid_at,amount\no1,c1,2025-11-03,1\no2,c2,2025-11-03,2\no1,c3,2025-11-04,3\no3,c2,2025-11-04,4\n",
        ], lenient: true)
        #expect(result.dataset.orders.map(\.id) == ["o1", "o2", "o3"])
        #expect(result.dataset.orders.map(\.customerId) == ["c1", "c2", "c2"])
        #expect(result.dataset.orders.map(\.line) == [2, 3, 5])
        #expect(result.dataset.skippedRows == [SkippedRows(table: .orders, reason: "duplicate order_id", count: 1)])
    }

    /// 1,200 rows of the largest amount the parser takes (9,999,999,999,999.99 yuan, 999,999,999,999,999 fen):
    /// 1,152 of them stay within 2⁶⁰ fen (1,152,921,504,606,846,976); the 1,153rd, on line 1,154, passes it.
    static func largestAmounts(_ header: String, _ row: (Int) -> String) -> String {
        header + (0..<1_200).map(row).joined()
    }

    @Test func moneyTooLargeToAddUpIsOneLocatedErrorOrSkipped() throws {
        let orders = Self.largestAmounts("order_id,customer_id,paid_at,amount\n") { "o\($0),c\($0 % 7),2025-11-03,9999999999999.99\n" }
        let spend = Self.largestAmounts("date,channel,cost\n") { "2025-\(1 + $0 / 100 % 12)-\(1 + $0 % 28),ch\($0 / 1_200),9999999999999.99\n" }
        for (table, text, column) in [(DataTable.orders, orders, "amount"), (.spend, spend, "cost")] {
            let files: [DataTable: [UInt8]] = [.contacts: Array("contact_id,added_at\nc1,2025-11-01\n".utf8), table: Array(text.utf8)]
            let strict = Fixtures.inspect(files)
            #expect(strict.errors.count == 1, "\(strict.errors.map(\.description))")
            #expect(strict.errors.first?.location == SourceLocation(file: Fixtures.path(table), line: 1_154))
            #expect(strict.errors.first?.message.contains("\(column) column adds up to more than 10¹⁶ yuan") == true)
            let lenient = Fixtures.inspect(files, lenient: true)
            #expect(lenient.errorCount == 0)
            let kept = table == .orders ? lenient.result.dataset.orders.count : lenient.result.dataset.spend.count
            #expect(kept == 1_152)
            #expect(lenient.result.dataset.skippedRows == [SkippedRows(table: table, reason: "amounts too large to add up", count: 48)])
        }
    }

    @Test func trailingEmptyHeaderCellsMayBeLeftOutOfRows() throws {
        let result = try Fixtures.read([.contacts: "contact_id,added_at,,\nc1,2025-11-03\nc2,2025-11-04,,\nc3,2025-11-05,\n"])
        #expect(result.dataset.contacts.map(\.id) == ["c1", "c2", "c3"])
    }

    @Test func errorsStopAtTheCapAndTheRestAreCounted() throws {
        var text = "contact_id,added_at\n"
        for index in 0..<120 { text += "c\(index),bad\(index)\n" }
        let inspection = Fixtures.inspect([.contacts: Array(text.utf8)], errorCap: 50)
        #expect(inspection.errors.count == 50)
        #expect(inspection.suppressed == 70)
        #expect(inspection.errors.last?.location.line == 51)
        #expect(DiagnosticList(inspection.errors, suppressed: inspection.suppressed).description.hasSuffix("… and 70 more errors not shown"))
    }

    @Test func manyErrorsInOneRunAcrossFiles() throws {
        let inspection = Fixtures.inspect([
            .contacts: Array("contact_id,added_at\nc1,bad\nc2,2025-11-03\nc3,worse\n".utf8),
            .orders: Array("order_id,customer_id,paid_at,amount\no1,c1,2025-11-03,abc\n".utf8),
        ])
        #expect(inspection.errors.map { "\($0.location)" } == ["Content/data/contacts.csv:2:4", "Content/data/contacts.csv:4:4",
                                                             "Content/data/orders.csv:2:18"])
    }

    @Test func headerOnlyFileIsAWarningAndUnknownColumnsAreListedOnce() throws {
        let inspection = Fixtures.inspect([
            .contacts: Array("contact_id,added_at,favourite_tea,会员等级\nc1,2025-11-03,绿茶,金\nc2,2025-11-04,红茶,银\n".utf8),
            .orders: Array("order_id,customer_id,paid_at,amount\n".utf8),
        ])
        #expect(inspection.errors.isEmpty)
        let warnings = inspection.result.warnings.map(\.message)
        #expect(warnings == ["unknown columns ignored: favourite_tea, 会员等级", "the file has a header but no rows"])
        #expect(inspection.result.files.map(\.rows) == [2, 0])
        #expect(inspection.result.files.first?.unknownColumns == ["favourite_tea", "会员等级"])
    }

    @Test func fileStatsGiveTheDateRange() throws {
        let inspection = Fixtures.inspect([.contacts: Array("contact_id,added_at\nc1,2025-11-03 23:30\nc2,2024-01-05\n".utf8)])
        let stats = try #require(inspection.result.files.first)
        #expect(stats.firstDay == CivilDate.days(year: 2024, month: 1, day: 5))
        #expect(stats.lastDay == CivilDate.days(year: 2025, month: 11, day: 3))
        #expect(stats.encoding == .utf8)
        #expect(stats.delimiter == .comma)
    }

    @Test func blankExcelRowsAreSkipped() throws {
        let result = try Fixtures.read([.contacts: "contact_id,added_at\nc1,2025-11-03\n,\n,,\n"])
        #expect(result.dataset.contacts.count == 1)
        #expect(result.rowsRead[.contacts] == 1)
    }

    @Test func missingContactsIsAnError() {
        let inspection = Fixtures.inspect([.orders: Array("order_id,customer_id,paid_at,amount\n".utf8)])
        #expect(inspection.errors.map(\.message) == ["contacts.csv is missing"])
    }
}

@Suite struct WeComMultiStaffTests {
    @Test func oneCustomerAddedByTwoStaffIsTwoRelationshipsOfOnePerson() throws {
        let csv = "客户ID,添加人,添加时间\nwm1,小林,2025-11-03 10:00\nwm1,阿青,2025-11-05 10:00\nwm2,小林,2025-11-04 10:00\n"
        let result = try DatasetReader.read([DataSource(table: .contacts, path: "c.csv", bytes: Array(csv.utf8))])
        let contacts = result.dataset.contacts
        #expect(contacts.map(\.id) == ["wm1", "wm1@阿青", "wm2"])
        #expect(contacts.map(\.customerId) == ["wm1", "wm1", "wm2"])
    }

    @Test func sameOwnerTwiceIsStillADuplicate() {
        let csv = "客户ID,添加人,添加时间\nwm1,小林,2025-11-03 10:00\nwm1,小林,2025-11-05 10:00\n"
        #expect(throws: DiagnosticList.self) {
            try DatasetReader.read([DataSource(table: .contacts, path: "c.csv", bytes: Array(csv.utf8))])
        }
    }
}

@Suite struct RealGBKFileTests {
    /// The bundled sample's contacts.csv saved as GB18030 (as Excel on Chinese Windows would) must read exactly like
    /// the UTF-8 original without any `encoding:` setting. Regression: a two-byte GBK pair that happens to be valid
    /// UTF-8 once made the whole file look like damaged UTF-8.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv")))
    func bundledContactsAsGB18030ReadLikeTheOriginal() throws {
        let original = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Content/data/contacts.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030", original.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let gbk = [UInt8](pipe.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        let utf8 = [UInt8](try Data(contentsOf: original))
        #expect(gbk != utf8)
        let fromGBK = try DatasetReader.read([DataSource(table: .contacts, path: "c.csv", bytes: gbk)]).dataset.contacts
        let fromUTF8 = try DatasetReader.read([DataSource(table: .contacts, path: "c.csv", bytes: utf8)]).dataset.contacts
        #expect(fromGBK == fromUTF8)
        #expect(fromGBK.count > 1000)
    }
}
