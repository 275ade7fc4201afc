import Foundation

/// Booleans as exports write them: 1/0, true/false, yes/no, Y/N, 是/否, 已退款/未退款.
package enum BoolParser {
    package static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "t", "yes", "y", "是", "已退款", "退款", "全额退款", "refunded": true
        case "0", "false", "f", "no", "n", "否", "未退款", "无", "正常", "": false
        default: nil
        }
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
