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
    /// A hand-written scan rather than a Regex: it is simpler to locate errors, and Swift's Regex literals crashed
    /// when first used from concurrent tests on Linux (Swift 6.3).
    static func extract(from markdown: String, file: String, firstLine: Int) throws(Diagnostic) -> (String, [Shortcode]) {
        // Most playbooks have none: one byte search instead of splitting every line.
        guard markdown.utf8Range(of: "{{<") != nil else { return (markdown, []) }
        var result = ""
        var shortcodes: [Shortcode] = []
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { result += "\n" }
            var rest = line[...]
            while let open = rest.utf8Range(of: "{{<") {
                guard let close = rest.utf8Range(of: ">}}", from: open.upperBound) else { break }
                result += rest[..<open.lowerBound]
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                let location = SourceLocation(file: file, line: firstLine + offset, column: column)
                let words = rest[open.upperBound..<close.lowerBound].split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard let name = words.first, let kind = Kind(rawValue: String(name)) else {
                    throw .error(at: location, "unknown shortcode \"\(words.first ?? "")\"",
                                 hint: "use {{< kpi ID >}}, {{< chart ID >}} or {{< segments rfm|5a >}}",
                                 sourceLine: String(line))
                }
                guard words.count == 2 else {
                    throw .error(at: location, "shortcode \(kind.rawValue) needs exactly one id",
                                 hint: "for example {{< \(kind.rawValue) \(kind == .segments ? "rfm" : "repurchase_rate") >}}",
                                 sourceLine: String(line))
                }
                let shortcode = Shortcode(kind: kind, argument: String(words[1]), location: location,
                                          placeholder: placeholder(shortcodes.count))
                shortcodes.append(shortcode)
                result += shortcode.placeholder
                rest = rest[close.upperBound...]
            }
            result += rest
        }
        return (result, shortcodes)
    }
}
