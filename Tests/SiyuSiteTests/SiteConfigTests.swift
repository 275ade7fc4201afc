import SiyuCore
import Testing
@testable import SiyuSite

@Suite struct SiteConfigTests {
    @Test func minimalAndFull() throws {
        #expect(try SiteConfig.parse("title: 周报").title == "周报")
        let config = try SiteConfig.parse("""
        title: 山茶里
        language: en
        timezone: Asia/Tokyo
        period: week
        data:
          dir: exports
          contacts: {path: exports/客户.csv, encoding: utf-16le, delimiter: tab, columns: {contact_id: 客户编号}}
          orders: exports/o.csv
        private_channels: [小程序]
        targets:
          loss_rate: {max: 0.05}
        windows: {repurchase_days: 60, repurchase_same_day_once: true}
        privacy: {mask_ids: false, min_group_size: 10}
        """)
        #expect(config.language == .en)
        #expect(config.timeZone.identifier == "Asia/Tokyo")
        #expect(config.period == .week)
        #expect(config.dataFiles[.contacts]?.columns["contact_id"] == "客户编号")
        #expect(config.dataFiles[.contacts]?.delimiter == 0x09)
        #expect(config.dataFiles[.orders]?.path == "exports/o.csv")
        #expect(config.targets["loss_rate"]?.max == 0.05)
        #expect(config.repurchaseWindowDays == 60)
        #expect(config.repurchaseDedupeSameDay)
        #expect(!config.maskIds)
        #expect(config.minGroupSize == 10)
    }

    @Test(arguments: [
        ("title: x\ncolour: red", "unknown key `colour`", 2),
        ("title: x\nwindows:\n  repurchase_dayz: 3", "unknown key `windows.repurchase_dayz`", 3),
        ("title: x\nperiod: quarter", "`period` is \"quarter\"", 2),
        ("title: x\ntargets:\n  not_a_kpi: {min: 1}", "unknown KPI id `targets.not_a_kpi`", 3),
        ("language: en", "`title` is required", 1),
        ("title: [unclosed", "invalid YAML", 1),
    ])
    func errorsNameTheKeyAndLine(yaml: String, message: String, line: Int) {
        do {
            _ = try SiteConfig.parse(yaml)
            Issue.record("expected an error for \(yaml)")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.location.file == "siyu.yml")
            #expect(error.location.line == line, "\(error)")
        }
    }
}
