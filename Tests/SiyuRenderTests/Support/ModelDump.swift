import Foundation
@testable import SiyuRender

/// View models as the templates see them — through Mirror, stored properties only — written out as indented text
/// for golden files. Inline SVG is shortened to its title and size (charts have their own golden files) and the
/// label tables are left out (they are the same on every page).
enum ModelDump {
    static func dump(_ value: Any) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return out
    }

    private static func write(_ value: Any, indent: String, into out: inout String) {
        let mirror = Mirror(reflecting: value)
        switch value {
        case let text as String:
            out += quoted(text) + "\n"
            return
        case is Bool, is Int, is Double:
            out += "\(value)\n"
            return
        case is Labels, is DashboardLabels:
            out += "<labels>\n"
            return
        case let table as TableView:
            writeTable(table, indent: indent, into: &out)
            return
        default:
            break
        }
        switch mirror.displayStyle {
        case .optional:
            if let child = mirror.children.first { write(child.value, indent: indent, into: &out) } else { out += "nil\n" }
        case .collection, .set:
            if mirror.children.isEmpty { out += "[]\n"; return }
            out += "[\n"
            for child in mirror.children {
                out += indent + "  - "
                write(child.value, indent: indent + "    ", into: &out)
            }
            out += indent + "]\n"
        default:
            out += "\(mirror.subjectType) {\n"
            for child in mirror.children {
                out += indent + "  \(child.label ?? "?"): "
                write(child.value, indent: indent + "  ", into: &out)
            }
            out += indent + "}\n"
        }
    }

    /// Tables as a grid: one line per row, `~` marks a muted (missing or suppressed) cell, `*` a row header.
    private static func writeTable(_ table: TableView, indent: String, into out: inout String) {
        out += "TableView \(table.id) \(quoted(table.caption)) download=\(quoted(table.download)) tall=\(table.tall)"
            + (table.hasNote ? " note=\(quoted(table.note))" : "") + "\n"
        out += indent + "  | " + table.columns.map { $0.title + ($0.numeric ? "#" : "") }.joined(separator: " | ") + " |\n"
        for row in table.rows {
            out += indent + "  | " + row.cells.map { ($0.header ? "*" : "") + ($0.muted ? "~" : "") + $0.text }.joined(separator: " | ") + " |\n"
        }
    }

    private static func quoted(_ text: String) -> String {
        if text.hasPrefix("<svg") {
            let title = text.split(separator: "<title>", maxSplits: 1).dropFirst().first?.split(separator: "<").first ?? ""
            return "<svg \(title)> (\(text.utf8.count) bytes)"
        }
        return "\"" + text.replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// Every property name reachable from a model: what a template may refer to.
    static func names(_ value: Any) -> Set<String> {
        var names = Set<String>()
        collect(value, into: &names)
        return names
    }

    private static func collect(_ value: Any, into names: inout Set<String>) {
        if value is String || value is Bool || value is Int || value is Double { return }
        for child in Mirror(reflecting: value).children {
            if let label = child.label { names.insert(label) }
            collect(child.value, into: &names)
        }
    }

    /// The names used by `{{name}}`, `{{#name}}`, `{{^name}}` and `{{{name}}}` tags of a template, without
    /// partials, comments, `.` and the `t.`/`d.` label lookups (which `labelNames` checks).
    static func tags(_ template: String) -> (names: Set<String>, labelNames: Set<String>) {
        var names = Set<String>(), labelNames = Set<String>()
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if tag.hasPrefix("{") { tag.removeFirst() }
            guard let first = tag.first, first != ">", first != "!" else { continue }
            if "#^/".contains(first) { tag.removeFirst() }
            if tag == "." || tag.isEmpty { continue }
            if tag.hasPrefix("t.") || tag.hasPrefix("d.") {
                labelNames.insert(tag)
            } else {
                names.insert(tag)
            }
        }
        return (names, labelNames)
    }
}
