import Foundation
import Testing
@testable import SiyuData
@testable import SiyuMetrics
@testable import SiyuRender

@Suite struct DownloadTests {
    @Test func sipHashMatchesTheReferenceVectors() {
        // From the SipHash paper's test vectors: key 00…0f; messages "" and 00…0e.
        let masker = IDMasker(key: Array(0...15))
        #expect(masker.hash([]) == 0x726f_db47_dd0e_0e31)
        #expect(masker.hash(Array(0...14)) == 0xa129_ca61_49be_45e5)
        #expect(masker.mask("wm123") == masker.mask("wm123"))
        #expect(masker.mask("wm123") != IDMasker(key: Array(1...16)).mask("wm123"))
        #expect(IDMasker(key: [], enabled: false).mask("wm123") == "wm123")
    }

    @Test func csvNeutralisesFormulasButKeepsNumbers() {
        let table = PageTable(id: "t", title: "t",
                              columns: [.init("name", "名称", .text), .init("value", "值", .money), .init("rate", "率", .rate)],
                              rows: [[.text("=HYPERLINK(\"http://x\",\"点我\")"), .number(-12.5), .number(0.25)],
                                     [.text("+1"), .number(nil), .suppressed],
                                     [.text("@SUM(A1)"), .number(3), .number(1)],
                                     [.text("-2"), .number(0), .number(0)],
                                     [.text("普通, 文本"), .number(1234.567), .number(0.1234567)]])
        let csv = CSVText.csv(table, suppressedText: "<5")
        let lines = csv.dropFirst().split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "名称,值,率")
        #expect(lines[1] == "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",-12.50,0.250000")
        #expect(lines[2] == "'+1,,<5")
        #expect(lines[3].hasPrefix("'@SUM(A1),3.00"))
        #expect(lines[4].hasPrefix("'-2,0.00"))
        #expect(lines[5] == "\"普通, 文本\",1234.57,0.123457")
    }

    @Test func jsonIsTheSpecShapeAndSafeInsideHTML() throws {
        // One contact added on 2025-11-03; the report is asked for November explicitly (the data end mid-month).
        let report = ReportBuilder.build(dataset: Dataset(contacts: [Contact(id: "a", addedAt: 1_762_149_909)], present: [.contacts]),
                                         settings: MetricSettings(), period: Period.parse("2025-11", clock: .shanghai))
        let table = PageTable(id: "x", title: "x", columns: [.init("name", "n", .text), .init("rate", "r", .rate)],
                              rows: [[.text("</script><img src=x>"), .number(0.125)]])
        let json = KPIDocument.json(report, tables: [table])
        #expect(!json.contains("</script>"))
        #expect(json.contains("\\u003c/script\\u003e"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["period"] as? String == "2025-11")
        #expect(parsed["previous_period"] as? String == "2025-10")
        #expect(parsed["timezone"] as? String == "Asia/Shanghai")
        let kpis = try #require(parsed["kpis"] as? [String: Any])
        let new = try #require(kpis["pool_new"] as? [String: Any])
        #expect(new["value"] as? Int == 1)
        #expect(new["unit"] as? String == "count")
        #expect((new["trend"] as? [Any])?.count == 12)
        #expect(new["status"] is NSNull)
        // A value that cannot be computed is null, never NaN.
        let loss = try #require(kpis["loss_rate"] as? [String: Any])
        #expect(loss["value"] is NSNull)
        let rows = try #require((parsed["tables"] as? [String: Any])?["x"] as? [[String: Any]])
        #expect(rows.first?["rate"] as? Double == 0.125)
    }

    @Test func smallGroupsAreSuppressed() {
        let report = ReportBuilder.build(dataset: Dataset(contacts: [Contact(id: "a", addedAt: 1_762_149_909, owner: "小林")],
                                                          present: [.contacts]), settings: MetricSettings(),
                                         period: Period.parse("2025-11", clock: .shanghai))
        let staff = PageTableBuilder(report: report, language: .zh, minGroupSize: 5, masker: IDMasker(key: [])).staff()
        // One new contact for 小林: fewer than 5 people, so the count is not published.
        #expect(staff.rows.first?[3] == .suppressed)
    }

    @Test func distributionsCountEachValueInOneBin() {
        var report = ReportBuilder.build(dataset: Dataset(contacts: [Contact(id: "a", addedAt: 1_762_149_909)], present: [.contacts]),
                                         settings: MetricSettings(), period: Period.parse("2025-11", clock: .shanghai))
        // Edges belong to the bin above them, 1 to the last bin; values outside 0...1 and NaN are in no bin.
        report.clv.aliveProbabilities = [0, 0.05, 0.1, 0.3, 0.3, 0.7, 0.9, 0.95, 1, 1.5, -0.1, .nan]
        let builder = PageTableBuilder(report: report, language: .en, minGroupSize: 1, masker: IDMasker(key: []))
        let alive = builder.aliveDistribution().rows.map { row in row[1] }
        #expect(alive == [2, 1, 0, 2, 0, 0, 0, 1, 0, 3].map { PageTable.Cell.number(Double($0)) })
        // 9 finite values up to 9, whose 95th percentile (the 8th) is 7: edges 0, 1, …, 7, with ≥ 7 open-ended.
        report.clv.values = [0, 0.5, 1, 1, 2.5, 3, 6.99, 7, 9, .infinity]
        let clv = PageTableBuilder(report: report, language: .en, minGroupSize: 1, masker: IDMasker(key: [])).clvDistribution()
        #expect(clv.rows.map { $0[0] } == (0..<7).map { PageTable.Cell.text("¥\($0).00–¥\($0 + 1).00") } + [.text("≥ ¥7.00")])
        #expect(clv.rows.map { $0[1] } == [2, 2, 1, 1, 0, 0, 1, 2].map { PageTable.Cell.number(Double($0)) })
    }
}
