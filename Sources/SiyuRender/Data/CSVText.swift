import Foundation

/// CSV downloads of page tables, safe to open in a spreadsheet: a text cell that begins with `=`, `+`, `-`, `@`,
/// a tab or a carriage return is prefixed with `'` so it cannot run as a formula; numbers stay numbers.
package enum CSVText {
    package static func csv(_ table: PageTable, suppressedText: String) -> String {
        var lines = [table.columns.map { field($0.title) }.joined(separator: ",")]
        for row in table.rows {
            lines.append(zip(table.columns, row).map { column, cell in
                switch cell {
                case .text(let text): field(text)
                case .number(let value):
                    value.map { NumberFormatPlain.fixed($0, decimals: NumberFormatPlain.decimals(for: column.kind)) } ?? ""
                case .suppressed: field(suppressedText)
                }
            }.joined(separator: ","))
        }
        // A UTF-8 BOM so Excel on Chinese Windows reads the file as UTF-8.
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    package static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
