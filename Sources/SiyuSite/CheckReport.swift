import SiyuCore
import SiyuData
import SiyuRender

/// What `siyu check` found: diagnostics in the order the stages found them, and a summary of what was read.
package struct CheckReport: Sendable {
    package var config: String
    package var files: [FileStats] = []
    /// Optional exports the project does not have (their pages say the data is missing).
    package var missingTables: [DataTable] = []
    package var playbooks = 0
    package private(set) var diagnostics: [Diagnostic] = []
    /// Errors past the cap, counted only.
    package private(set) var suppressed = 0

    package init(config: String) {
        self.config = config
    }

    package var errorCount: Int { diagnostics.filter { $0.severity == .error }.count + suppressed }
    package var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    package var hasErrors: Bool { errorCount > 0 }

    /// Adds diagnostics, keeping at most `cap` errors listed for the whole run.
    mutating func add(_ found: [Diagnostic], suppressed extra: Int = 0, cap: Int) {
        var listed = diagnostics.filter { $0.severity == .error }.count
        for diagnostic in found {
            if diagnostic.severity == .error {
                guard listed < cap else {
                    suppressed += 1
                    continue
                }
                listed += 1
            }
            diagnostics.append(diagnostic)
        }
        suppressed += extra
    }

    /// The short summary printed after the diagnostics: rows read per file, date range, playbooks, the verdict.
    package var summary: String {
        let pathWidth = files.map(\.path.count).max() ?? 0
        let countWidth = files.map { String($0.rows).count }.max() ?? 0
        func column(_ text: String, _ width: Int, right: Bool = false) -> String {
            let pad = String(repeating: " ", count: max(0, width - text.count))
            return right ? pad + text : text + pad
        }
        var lines = ["config     " + config]
        for file in files {
            var line = column(file.table.rawValue, 11) + column(file.path, pathWidth)
            if let encoding = file.encoding {
                line += "  " + column(String(file.rows), countWidth, right: true) + " row" + (file.rows == 1 ? " " : "s")
                if file.skipped > 0 { line += " (\(file.skipped) skipped)" }
                if let first = file.firstDay, let last = file.lastDay {
                    line += "  " + CivilDate.isoString(first) + " … " + CivilDate.isoString(last)
                }
                line += "  " + encoding.displayName + (file.delimiter == 0x09 ? ", tab-separated" : "")
            } else {
                line += "  not read"
            }
            lines.append(line)
        }
        for table in missingTables where table != .contacts {
            lines.append(column(table.rawValue, 11) + "none (its pages will say the data is missing)")
        }
        lines.append("playbooks  \(playbooks)")
        var verdict = hasErrors ? "failed" : "ok"
        verdict += ": \(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
        if suppressed > 0 { verdict += " (\(suppressed) errors not shown)" }
        lines.append(verdict)
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// The same findings as JSON: keys in a fixed order, so the output is byte-stable for the same inputs.
    package var json: String {
        func string(_ text: String?) -> String { text.map(JSONText.string) ?? "null" }
        func day(_ value: Int64?) -> String { value.map { string(CivilDate.isoString($0)) } ?? "null" }
        let fileItems = files.map { file in
            "{\"table\": \(string(file.table.rawValue)), \"path\": \(string(file.path)), "
                + "\"encoding\": \(string(file.encoding?.rawValue)), "
                + "\"delimiter\": \(string(file.delimiter.map { $0 == 0x09 ? "tab" : "comma" })), \"bytes\": \(file.bytes), "
                + "\"rows\": \(file.rows), \"skipped\": \(file.skipped), \"first_day\": \(day(file.firstDay)), "
                + "\"last_day\": \(day(file.lastDay)), \"unknown_columns\": [" + file.unknownColumns.map(string).joined(separator: ", ") + "]}"
        }
        let diagnosticItems = diagnostics.map { item in
            "{\"severity\": \(string(item.severity.rawValue)), \"file\": \(string(item.location.file)), "
                + "\"line\": \(item.location.line), \"column\": \(item.location.column), \"message\": \(string(item.message)), "
                + "\"hint\": \(string(item.hint)), \"source_line\": \(string(item.sourceLine.map { String($0.prefix(120)) }))}"
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        return """
        {
          "ok": \(!hasErrors),
          "errors": \(errorCount),
          "warnings": \(warningCount),
          "errors_not_shown": \(suppressed),
          "config": \(string(config)),
          "files": \(list(fileItems)),
          "missing_files": [\(missingTables.map { string($0.rawValue) }.joined(separator: ", "))],
          "playbooks": \(playbooks),
          "diagnostics": \(list(diagnosticItems))
        }

        """
    }
}
