import Foundation
import SiyuCore
import SiyuSample
import Testing
@testable import SiyuSite

/// `siyu check` at library level: a project on disk in a temporary folder, checked, and nothing written.
@Suite struct ProjectCheckerTests {
    /// A small generated project with one playbook; `edit` changes files before the check.
    func project(_ edit: (URL) throws -> Void = { _ in }) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appending(path: "siyu-check-\(UUID().uuidString)")
        for (path, bytes) in SampleGenerator(scale: 0.002, months: 4).files() {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try write("""
        ---
        title: 欢迎流程
        kpis: [pool_new]
        ---
        # 欢迎流程
        本期新增 {{< kpi pool_new >}}。
        """, to: root.appending(path: "Content/playbooks/sop/welcome.md"))
        try edit(root)
        return root
    }

    func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func check(_ root: URL, lenient: Bool = false) -> CheckReport {
        ProjectChecker(options: BuildOptions(project: root, lenient: lenient)).check()
    }

    /// Every file under a folder with its bytes.
    func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileIO.live.files(under: root) { files[path] = try Data(contentsOf: root.appending(path: path)) }
        return files
    }

    @Test func ordersAndTouchesOfNoContactAreCounted() throws {
        let root = try project { root in
            try write("contact_id,added_at,customer_id\nc1,2025-11-03,C1\nc2,2025-11-04,\n",
                      to: root.appending(path: "Content/data/contacts.csv"))
            // C1 is c1's customer and c2 is its own; c1 is a contact id, not a customer id, and x and C9 no one's.
            try write("order_id,customer_id,paid_at,amount\no1,C1,2025-11-05,10\no2,c2,2025-11-05,10\no3,c1,2025-11-05,10\no4,C9,2025-11-05,10\no5,C9,2025-11-06,10\n",
                      to: root.appending(path: "Content/data/orders.csv"))
            try write("contact_id,at,kind,direction\nc1,2025-11-05 10:00,private_chat,in\nx,2025-11-05 10:00,private_chat,in\nc2,2025-11-05 11:00,private_chat,out\nx,2025-11-06 10:00,private_chat,in\n",
                      to: root.appending(path: "Content/data/touches.csv"))
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let warnings = check(root).diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.contains("3 of 5 orders have a customer_id no contact has"))
        #expect(warnings.contains("2 of 4 touches have a contact_id that is not in contacts"))
    }

    /// A contact dropped with --lenient after touches.csv was read: its touches count as of no contact.
    @Test func touchesOfADroppedContactAreCounted() throws {
        let root = try project { root in
            try write("contact_id,added_at,lost_at\nc1,2025-11-03,\nc2,2025-11-04,2025-11-01\n",
                      to: root.appending(path: "Content/data/contacts.csv"))
            try write("contact_id,at,kind,direction\nc1,2025-11-05 10:00,private_chat,in\nc2,2025-11-05 11:00,private_chat,out\nx,2025-11-06 10:00,private_chat,in\n",
                      to: root.appending(path: "Content/data/touches.csv"))
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let warnings = check(root, lenient: true).diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.contains("2 of 3 touches have a contact_id that is not in contacts"))
    }

    @Test func cleanProjectPassesAndWritesNothing() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try snapshot(root)
        let report = check(root)
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.description))")
        #expect(!report.hasErrors)
        #expect(report.files.map(\.table) == [.contacts, .orders, .touches, .groups, .spend])
        #expect(report.files.allSatisfy { $0.rows > 0 && $0.encoding == .utf8 && $0.firstDay != nil })
        #expect(report.playbooks == 1)
        #expect(report.summary.hasSuffix("ok: 0 errors, \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"))
        #expect(report.summary.contains("contacts   Content/data/contacts.csv"))
        #expect(try snapshot(root) == before)
        #expect(!FileManager.default.fileExists(atPath: root.appending(path: "Output").path))
    }

    @Test func everyStageReportsItsProblems() throws {
        let root = try project { root in
            let contacts = root.appending(path: "Content/data/contacts.csv")
            var lines = try String(contentsOf: contacts, encoding: .utf8).components(separatedBy: "\n")
            lines[2] = lines[2].replacingOccurrences(of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"#, with: "2025-13-45 10:00",
                                                     options: .regularExpression)
            lines[0] += ",会员等级"
            for index in 1..<lines.count where !lines[index].isEmpty { lines[index] += ",金" }
            try Data(lines.joined(separator: "\n").utf8).write(to: contacts)
            try write("""
            ---
            title: 复购
            kpis: [repurchase_rate, no_such_kpi]
            ---
            # 复购
            复购率 {{< kpi repurchase_rate >}}，以及 {{< kpi nope >}}。

            {{< chart no_such_chart >}}
            """, to: root.appending(path: "Content/playbooks/sop/repurchase.md"))
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let report = check(root)
        #expect(report.hasErrors)
        let errors = report.diagnostics.filter { $0.severity == .error }
        let contactsError = try #require(errors.first)
        #expect(contactsError.location.file == "Content/data/contacts.csv")
        #expect(contactsError.location.line == 3)
        #expect(contactsError.message.contains("\"2025-13-45 10:00\" is not a date and time"))
        #expect(errors.contains { $0.location.file == "Content/playbooks/sop/repurchase.md" && $0.message == "unknown KPI id \"nope\"" })
        // What `siyu build` stops on is an error here too: an unknown chart, and an unknown KPI in the front matter, at its key.
        #expect(errors.contains { $0.location.file == "Content/playbooks/sop/repurchase.md" && $0.message == "unknown chart id \"no_such_chart\"" })
        #expect(errors.contains { $0.location == SourceLocation(file: "Content/playbooks/sop/repurchase.md", line: 3, column: 7)
                                  && $0.message == "unknown KPI id \"no_such_kpi\" in kpis" }, "\(errors.map(\.description))")
        let warnings = report.diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.contains("unknown column ignored: 会员等级"))
        #expect(report.warningCount == 1)
        #expect(report.summary.hasSuffix("failed: \(report.errorCount) errors, 1 warning"))
    }

    @Test func brokenPlaybookLinkIsAnError() throws {
        let root = try project { root in
            try write("# 复购\n见 [欢迎](welcome.md#不存在)。\n", to: root.appending(path: "Content/playbooks/sop/repurchase.md"))
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let report = check(root)
        #expect(report.errorCount == 1)
        #expect(report.diagnostics.first { $0.severity == .error }?.location.file == "Content/playbooks/sop/repurchase.md")
        #expect(report.diagnostics.first { $0.severity == .error }?.location.line == 2)
    }

    @Test func configErrorStopsTheCheck() throws {
        let root = try project { root in try write("title: x\nlanguage: fr\n", to: root.appending(path: "siyu.yml")) }
        defer { try? FileManager.default.removeItem(at: root) }
        let report = check(root)
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.location.file == "siyu.yml")
        #expect(report.files.isEmpty)
    }

    @Test func gbkExportIsDetectedAndLenientSkipsBadRows() throws {
        let root = try project { root in
            let spend = "日期,渠道,花费\n2025-11-01,包裹卡,12.50\n2025-11-02,包裹卡,-3\n2025-11-03,直播间,\"1,200\"\n"
            try Data(spend.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data()).write(to: root.appending(path: "Content/data/spend.csv"))
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(check(root).errorCount == 1)
        let report = check(root, lenient: true)
        #expect(report.errorCount == 0)
        let spend = try #require(report.files.first { $0.table == .spend })
        #expect(spend.encoding == .gb18030)
        #expect(spend.rows == 3)
        #expect(spend.skipped == 1)
        #expect(report.diagnostics.contains { $0.message == "skipped 1 row: cost: negative" })
        #expect(report.summary.contains("3 rows (1 skipped)  2025-11-01 … 2025-11-03  GB18030/GBK"))
    }

    @Test func errorsPastTheCapAreCountedAcrossTheRun() throws {
        let root = try project { root in
            var orders = "order_id,customer_id,paid_at,amount\n"
            for index in 0..<60 { orders += "o\(index),c,yesterday,1\n" }
            try write(orders, to: root.appending(path: "Content/data/orders.csv"))
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let report = check(root)
        #expect(report.diagnostics.filter { $0.severity == .error }.count == 50)
        #expect(report.suppressed == 10)
        #expect(report.errorCount == 60)
        #expect(report.json.contains("\"errors_not_shown\": 10"))
    }

    @Test func jsonHasAStableShape() throws {
        let root = try project { root in
            try write("contact_id,added_at,星座\nc1,2025-11-03,白羊\nc2,2025-11-3x,金牛\n",
                      to: root.appending(path: "Content/data/contacts.csv"))
            try FileManager.default.removeItem(at: root.appending(path: "Content/data/groups.csv"))
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let json = check(root).json
        #expect(json == check(root).json)

        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        #expect(object["errors"] as? Int == 1)
        #expect(object["missing_files"] as? [String] == ["groups"])
        let keys = ["\"ok\"", "\"errors\"", "\"warnings\"", "\"errors_not_shown\"", "\"config\"", "\"files\"", "\"missing_files\"",
                    "\"playbooks\"", "\"diagnostics\""]
        let positions = keys.compactMap { json.range(of: "\n  " + $0 + ":")?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())

        let files = try #require(object["files"] as? [[String: Any]])
        let contacts = try #require(files.first)
        #expect(contacts["table"] as? String == "contacts")
        #expect(contacts["encoding"] as? String == "utf-8")
        #expect(contacts["delimiter"] as? String == "comma")
        #expect(contacts["rows"] as? Int == 2)
        #expect(contacts["first_day"] as? String == "2025-11-03")
        #expect(contacts["unknown_columns"] as? [String] == ["星座"])

        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let error = try #require(diagnostics.first { $0["severity"] as? String == "error" })
        #expect(error["file"] as? String == "Content/data/contacts.csv")
        #expect(error["line"] as? Int == 3)
        #expect(error["column"] as? Int == 4)
        #expect(error["message"] as? String == "added_at \"2025-11-3x\" is not a date and time")
        #expect(error["source_line"] as? String == "c2,2025-11-3x,金牛")
        #expect((error["hint"] as? String)?.isEmpty == false)
        #expect(Set(error.keys) == ["severity", "file", "line", "column", "message", "hint", "source_line"])
    }
}
