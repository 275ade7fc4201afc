import Foundation

/// Booleans as exports write them: 1/0, true/false, yes/no, Y/N, 是/否, 已退款/未退款; an empty cell is false.
package enum BoolParser {
    static let labels = LabelMatcher<Bool>([
        ("0", false), ("1", true), ("", false), ("false", false), ("true", true), ("否", false), ("是", true),
        ("n", false), ("y", true), ("no", false), ("yes", true), ("f", false), ("t", true),
        ("未退款", false), ("无", false), ("正常", false), ("已退款", true), ("退款", true), ("全额退款", true),
        ("refunded", true),
    ])

    package static func parse(_ text: String) -> Bool? {
        labels.match(text)
    }
}

/// Tag lists separated by `;` `,` `；` `，` or `|`.
package enum TagListParser {
    package static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: { ";,；，|".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
