import SiyuCore
import Testing
@testable import SiyuData

@Suite struct DatasetReaderTests {
    func read(_ files: [DataTable: String], lenient: Bool = false) throws(DiagnosticList) -> DatasetReader.Result {
        try DatasetReader.read(files.map { DataSource(table: $0.key, path: "Content/data/\($0.key.rawValue).csv", bytes: Array($0.value.utf8)) },
                               options: ReadOptions(lenient: lenient))
    }

    func errors(_ files: [DataTable: String]) -> [Diagnostic] {
        do {
            _ = try read(files)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func readsTypedRows() throws {
        let result = try read([
            .contacts: "contact_id,added_at,channel,lost_at,tags\nc1,2025-11-03 10:00,门店,,绿茶;红茶\n",
            .orders: "order_id,customer_id,paid_at,amount,refunded\no1,c1,2025-11-04 10:00,\"¥1,234.50\",是\n",
        ])
        #expect(result.dataset.contacts.first?.tags == ["绿茶", "红茶"])
        #expect(result.dataset.contacts.first?.customerId == "c1")
        #expect(result.dataset.orders.first?.amount == 123_450)
        #expect(result.dataset.orders.first?.refunded == true)
    }

    @Test func weComChineseHeaders() throws {
        let result = try read([.contacts: "客户名称,客户ID,添加人,添加时间,来源,标签,手机,标签组1(学员等级)\n张三,wm1,小林,2025/11/3 9:05,包裹卡,红茶,13800000000,VIP\n"])
        let contact = try #require(result.dataset.contacts.first)
        #expect(contact.id == "wm1")
        #expect(contact.owner == "小林")
        #expect(contact.channel == "包裹卡")
        #expect(contact.tags == ["红茶", "VIP"])
    }

    @Test func missingColumnIsOneErrorAtLineOne() {
        let found = errors([.contacts: "contact_id,channel\nc1,门店\n"])
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "Content/data/contacts.csv", line: 1))
        #expect(found.first?.message.contains("added_at") == true)
    }

    @Test func badValueIsLocatedAtItsCell() {
        let found = errors([.contacts: "contact_id,added_at\nc1,2025-11-03\nc2,2025-13-03\n"])
        #expect(found.first?.location == SourceLocation(file: "Content/data/contacts.csv", line: 3, column: 4))
        #expect(found.first?.message.contains("2025-13-03") == true)
        #expect(found.first?.description.hasPrefix("Content/data/contacts.csv:3:4: error:") == true)
    }

    @Test func errorAfterQuotedNewlineKeepsPhysicalLine() {
        let found = errors([.contacts: "contact_id,added_at,tags\nc1,2025-11-03,\"a\nb\"\nc2,bad,\n"])
        #expect(found.first?.location.line == 4)
    }

    @Test func shortAndLongRows() {
        #expect(errors([.contacts: "contact_id,added_at,channel\nc1,2025-11-03\n"]).first?.message == "expected 3 fields, found 2")
        #expect(errors([.contacts: "contact_id,added_at\nc1,2025-11-03,x\n"]).first?.message == "expected 2 fields, found 3")
    }

    @Test func duplicateIdsAndImpossibleLifetimes() {
        let found = errors([.contacts: "contact_id,added_at,lost_at\nc1,2025-11-03,\nc1,2025-11-04,\nc2,2025-11-05,2025-11-01\n"])
        #expect(found.map(\.location.line) == [3, 4])
    }

    @Test func lenientSkipsAndCounts() throws {
        let result = try read([.contacts: "contact_id,added_at\nc1,2025-11-03\nc2,nope\nc3,2025-11-04\n"], lenient: true)
        #expect(result.dataset.contacts.map(\.id) == ["c1", "c3"])
        #expect(result.dataset.skippedRows.map(\.count) == [1])
    }

    @Test func invalidUTF8NamesLineAndEncoding() {
        var bytes = Array("contact_id,added_at\nc1,2025-11-03\n".utf8)
        bytes += [0xD5, 0xC5, 0xC8, 0xFD] + Array(",2025-11-03\n".utf8) // 张三 in GBK
        let found: [Diagnostic]
        do {
            _ = try DatasetReader.read([DataSource(table: .contacts, path: "c.csv", bytes: bytes)])
            found = []
        } catch {
            found = error.diagnostics
        }
        #expect(found.first?.location == SourceLocation(file: "c.csv", line: 3, column: 1))
        #expect(found.first?.hint?.contains("GB18030") == true)
    }

    @Test func utf8BOMIsRemoved() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("contact_id,added_at\nc1,2025-11-03\n".utf8)
        let result = try DatasetReader.read([DataSource(table: .contacts, path: "c.csv", bytes: bytes)])
        #expect(result.dataset.contacts.count == 1)
    }
}
