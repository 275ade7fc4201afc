import SiyuCore
import Testing
@testable import SiyuData

@Suite struct HeaderMatcherTests {
    func resolve(_ header: [String], _ schema: TableSchema = .contacts, explicit: [String: String] = [:]) throws(Diagnostic) -> ResolvedHeader {
        try HeaderMatcher.resolve(header: header, schema: schema, explicit: explicit, path: "c.csv", headerLine: header.joined(separator: ","))
    }

    @Test(arguments: ["contact_id", "Contact ID", "CONTACT-ID", "ＣＯＮＴＡＣＴ＿ＩＤ", " contact_id ", "客户ID", "客户id", "客户 ID",
                      "客户ＩＤ", "External_UserID", "外部联系人ID"])
    func namesMatchAcrossCaseWidthAndSpaces(_ name: String) throws {
        let header = try resolve([name, "added_at"])
        #expect(header["contact_id"] == 0)
        #expect(header.unknown.isEmpty)
    }

    @Test func weComChineseExportHeaders() throws {
        let header = try resolve(["客户名称", "客户ID", "添加人", "添加人账号", "添加时间", "来源", "标签", "备注", "手机", "企业",
                                  "标签组1(学员等级)", "标签组2（兴趣）", "添加人所属部门"])
        #expect(header["contact_id"] == 1)
        #expect(header["owner"] == 2)         // 添加人 wins over its fallback 添加人账号
        #expect(header["added_at"] == 4)
        #expect(header["channel"] == 5)
        #expect(header["tags"] == 6)
        #expect(header.tagGroupIndices == [10, 11])
        #expect(header.unknown.isEmpty)      // names, remarks, phones and companies are known and never read
    }

    @Test func fallbackAliasStandsInAlone() throws {
        #expect(try resolve(["客户ID", "添加人账号", "添加时间"])["owner"] == 1)
        #expect(try resolve(["订单号", "客户ID", "下单时间", "实付金额"], .orders)["paid_at"] == 2)
        #expect(try resolve(["订单号", "客户ID", "下单时间", "支付时间", "实付金额"], .orders)["paid_at"] == 3)
    }

    @Test func explicitMappingWins() throws {
        // 客户编号 is customer_id's alias; mapped to contact_id, and 客户ID then means nothing.
        let header = try resolve(["客户ID", "客户编号", "添加时间"], explicit: ["contact_id": "客户编号"])
        #expect(header["contact_id"] == 1)
        #expect(header["customer_id"] == nil)
        #expect(header.unknown.isEmpty)
    }

    @Test func explicitMappingToAMissingHeaderSaysSo() {
        #expect(throws: Diagnostic.self) { try resolve(["客户ID", "添加时间"], explicit: ["contact_id": "编号"]) }
        do {
            _ = try resolve(["客户ID", "添加时间"], explicit: ["contact_id": "编号"])
        } catch {
            #expect(error.message == "siyu.yml maps contact_id to \"编号\", which is not in the header")
            #expect(error.location == SourceLocation(file: "c.csv", line: 1))
        }
    }

    @Test func unknownColumnsAreListedAsWritten() throws {
        #expect(try resolve(["contact_id", "added_at", "Favourite Tea", "", "会员等级"]).unknown == ["Favourite Tea", "会员等级"])
    }

    @Test(arguments: [
        (TableSchema.orders, ["订单号", "客户ID", "支付时间", "实付金额", "来源平台", "退款状态"], ["order_id", "customer_id", "paid_at", "amount", "channel", "refunded"]),
        (.touches, ["客户ID", "时间", "类型", "方向", "群ID", "活动"], ["contact_id", "at", "kind", "direction", "group_id", "campaign"]),
        (.groups, ["群ID", "群名称", "创建时间", "群主"], ["group_id", "name", "created_at", "owner"]),
        (.spend, ["日期", "渠道", "花费"], ["date", "channel", "cost"]),
    ] as [(TableSchema, [String], [String])])
    func chineseAliasesOfEveryTable(_ schema: TableSchema, _ header: [String], _ columns: [String]) throws {
        let resolved = try resolve(header, schema)
        #expect(columns.enumerated().allSatisfy { resolved[$0.element] == $0.offset })
    }
}
