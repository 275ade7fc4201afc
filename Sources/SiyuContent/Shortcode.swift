import Foundation
import SiyuCore

/// `{{< kpi repurchase_rate >}}`, `{{< chart pool_trend >}}`, `{{< segments rfm >}}`: live figures inside a
/// playbook. Content only finds them and leaves a placeholder; the render stage, which knows the numbers, fills it.
package struct Shortcode: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        case kpi, chart, segments
    }

    package var kind: Kind
    package var argument: String
    package var location: SourceLocation
    /// Unique text left in the HTML where the shortcode's output goes.
    package var placeholder: String

    /// Private-use characters cannot come from cmark's output of ordinary text, so the placeholder is unambiguous.
    static func placeholder(_ index: Int) -> String { "\u{E000}siyu\(index)\u{E001}" }

    /// Replaces every shortcode in `markdown` by a placeholder, returning the shortcodes found.
    static func extract(from markdown: String, file: String, firstLine: Int) throws(Diagnostic) -> (String, [Shortcode]) {
        var result = ""
        var shortcodes: [Shortcode] = []
        let pattern = /\{\{<\s*([A-Za-z_]+)\s*([^>]*?)\s*>\}\}/
        var lineNumber = firstLine
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if !result.isEmpty || lineNumber > firstLine { result += "\n" }
            var rest = line[...]
            while let match = rest.firstMatch(of: pattern) {
                result += rest[..<match.range.lowerBound]
                let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                let location = SourceLocation(file: file, line: lineNumber, column: column)
                guard let kind = Kind(rawValue: String(match.1)) else {
                    throw .error(at: location, "unknown shortcode \"\(match.1)\"",
                                 hint: "use {{< kpi ID >}}, {{< chart ID >}} or {{< segments rfm|5a >}}",
                                 sourceLine: String(line))
                }
                let argument = String(match.2).trimmingCharacters(in: .whitespaces)
                guard !argument.isEmpty, !argument.contains(" ") else {
                    throw .error(at: location, "shortcode \(kind.rawValue) needs exactly one id",
                                 hint: "for example {{< \(kind.rawValue) \(kind == .segments ? "rfm" : "repurchase_rate") >}}",
                                 sourceLine: String(line))
                }
                let shortcode = Shortcode(kind: kind, argument: argument, location: location,
                                          placeholder: placeholder(shortcodes.count))
                shortcodes.append(shortcode)
                result += shortcode.placeholder
                rest = rest[match.range.upperBound...]
            }
            result += rest
            lineNumber += 1
        }
        return (result, shortcodes)
    }
}
