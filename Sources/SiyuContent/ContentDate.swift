import Foundation
/// Dates in front matter: ISO (`2025-11-20`, `2025-11-20T10:00:00+08:00`, `2025/11/20`) or RFC 2822
/// (`Fri, 24 Sep 2021 09:29:30 GMT`, what Hexo and many feeds write). Only the calendar day is kept.
package enum ContentDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    package static func isoDay(_ text: String) -> String? {
        let trimmed = FrontMatter.trimmingSpaces(text)
        // ISO-like: 2025-11-20, 2025-11-20T10:00:00+08:00, 2025-11-20 10:00, 2025/11/20.
        let head = trimmed.prefix { $0 != " " && $0 != "T" && $0 != "t" }
        let parts = head.split(separator: head.contains("/") ? "/" : "-")
        if parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            return format(year, month, day)
        }
        // RFC 2822: [Day,] DD Mon YYYY HH:MM[:SS] zone
        var words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, Int(first) == nil { words.removeFirst() }
        guard words.count >= 3, let day = Int(words[0]),
              let month = months.firstIndex(of: words[1].prefix(3).lowercased()),
              let year = Int(words[2]) else { return nil }
        return format(year, month + 1, day)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...length).contains(day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
