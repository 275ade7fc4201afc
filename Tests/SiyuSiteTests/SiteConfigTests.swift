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

    @Test func everyWindowIsConfigurable() throws {
        let config = try SiteConfig.parse("""
        title: x
        windows: {early_loss_days: 3, response_hours: 72, dead_group_days: 30, attribution_days: 14,
                  rfm_lookback_days: 180, interaction_lookback_days: 60, koc_lookback_days: 30}
        rfm: {high_rule: median}
        koc: {min_group_messages: 2}
        economics: {gross_margin: 0.45}
        """)
        let settings = config.metricSettings
        #expect(settings.earlyLossDays == 3)
        #expect(settings.responseWindowHours == 72)
        #expect(settings.deadGroupDays == 30)
        #expect(settings.attributionDays == 14)
        #expect(settings.rfmLookbackDays == 180)
        #expect(settings.interactionLookbackDays == 60)
        #expect(settings.kocLookbackDays == 30)
        #expect(settings.kocMinGroupMessages == 2)
        #expect(settings.rfmHighRule == .median)
        #expect(settings.grossMargin == 0.45)
        #expect(settings.variant(of: "mass_send_response_rate")?.en == "72-hour reply window")
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
