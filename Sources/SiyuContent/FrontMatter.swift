import Foundation
import SiyuCore

/// A playbook's YAML front matter: Siyu's keys (SPEC §5) and the Hexo/Hugo/Jekyll ones (`weight` for `order`,
/// `date`/`lastmod` for `updated`, `author` for `owner`, `description` for `summary`, `published: false` for
/// `draft: true`, `categories`, `tags`); Siyu's own key wins when both are given. Unknown keys are kept but ignored.
package struct FrontMatter: Sendable, Hashable {
    package var title: String?
    package var section: String?
    package var order: Int?
    package var kpis: [String] = []
    package var owner: String?
    package var cadence: String?
    /// ISO day (`2025-11-20`) from `updated`, else `lastmod`, else `date` (ISO or RFC 2822).
    package var updated: String?
    package var summary: String?
    package var draft = false
    package var categories: [String] = []
    package var tags: [String] = []
    /// Keys Siyu does not use, kept for templates that want them.
    package var extra: [String: String] = [:]
    /// File line and column of each key, for errors about its value.
    package var keyLocations: [String: SourceLocation] = [:]

    package init() {}

    /// Splits `--- yaml ---` off the top of a file. Returns the front matter, the body, and the body's first line.
    /// Blank lines before the opening `---` are allowed: feed-to-Hexo exporters write one.
    package static func split(_ source: String, file: String) throws(Diagnostic) -> (FrontMatter, body: String, bodyLine: Int) {
        var text = Substring(source)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        // Without "\r", each "\n" byte is a line break as `Character` sees it: find the front matter's lines by
        // their bytes and take the body as one slice, instead of splitting every line of the file into graphemes and
        // joining them again (7% of a 10,000-playbook build).
        // memchr where the bytes are contiguous: a generic scan of every file for "\r" was 1% of a big build.
        let hasCR = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\r")), bytes.count) != nil } ?? false
        } ?? text.utf8.contains(UInt8(ascii: "\r"))
        guard hasCR else { return try splitLF(text, file: file) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func content(_ line: Substring) -> Substring { line.hasSuffix("\r") ? line.dropLast() : line }
        guard let opening = lines.firstIndex(where: { !content($0).allSatisfy(\.isWhitespace) }),
              content(lines[opening]) == "---" else { return (FrontMatter(), String(text), 1) }
        guard let closing = lines[(opening + 1)...].firstIndex(where: { content($0) == "---" || content($0) == "..." }) else {
            throw .error(at: SourceLocation(file: file, line: opening + 1, column: 1), "front matter is never closed",
                         hint: "end the front matter with a line holding only ---")
        }
        let yaml = lines[(opening + 1)..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        let frontMatter = try parse(yaml, file: file, firstLine: opening + 2)
        return (frontMatter, body, closing + 2)
    }

    /// `split` for text whose only line break is "\n" (no "\r"), with the same results.
    private static func splitLF(_ text: Substring, file: String) throws(Diagnostic) -> (FrontMatter, body: String, bodyLine: Int) {
        let newline = UInt8(ascii: "\n")
        /// The line starting at `start` and where the next one starts (nil after the last line).
        func line(at start: Substring.Index) -> (Substring, next: Substring.Index?) {
            guard let end = text.utf8[start...].firstIndex(of: newline) else { return (text[start...], nil) }
            return (text[start..<end], text.utf8.index(after: end))
        }
        var number = 0
        var start: Substring.Index? = text.startIndex
        var opening: (line: Substring, next: Substring.Index?)?
        while let current = start {
            let found = line(at: current)
            if !found.0.allSatisfy(\.isWhitespace) {
                opening = found
                break
            }
            number += 1
            start = found.next
        }
        guard let opening, opening.line == "---" else { return (FrontMatter(), String(text), 1) }
        let openingNumber = number
        let yamlStart = opening.next
        start = opening.next
        while let current = start {
            number += 1
            let found = line(at: current)
            if found.0 == "---" || found.0 == "..." {
                let yamlEnd = current > text.startIndex ? text.utf8.index(before: current) : current
                let yaml = yamlStart.map { $0 < current ? String(text[$0..<yamlEnd]) : "" } ?? ""
                let body = found.next.map { String(text[$0...]) } ?? ""
                let frontMatter = try parse(yaml, file: file, firstLine: openingNumber + 2)
                return (frontMatter, body, number + 2)
            }
            start = found.next
        }
        throw .error(at: SourceLocation(file: file, line: openingNumber + 1, column: 1), "front matter is never closed",
                     hint: "end the front matter with a line holding only ---")
    }

    /// `shortcut: false` reads the YAML through libyaml even when it is simple (for tests).
    static func parse(_ yaml: String, file: String, firstLine: Int, shortcut: Bool = true) throws(Diagnostic) -> FrontMatter {
        var result = FrontMatter()
        guard let entries = try FrontMatterEntries(yaml, file: file, firstLine: firstLine, shortcut: shortcut).entries else {
            return result
        }
        // Siyu's own key wins over its Hexo/Hugo/Jekyll synonym whatever their order: rank of the key that set a field.
        var ranks: [String: Int] = [:]
        func claim(_ field: String, rank: Int) -> Bool {
            guard rank >= ranks[field, default: 0] else { return false }
            ranks[field] = rank
            return true
        }
        for entry in entries {
            guard let key = entry.key else { continue }
            let value = entry.value
            let location = SourceLocation(file: file, line: entry.line, column: entry.column)
            result.keyLocations[key] = location
            func text() throws(Diagnostic) -> String? {
                guard case .scalar(let scalar) = value else {
                    throw .error(at: location, "`\(key)` must be a single value, not a list or a mapping")
                }
                let string = Self.trimmingSpaces(scalar)
                return string.isEmpty ? nil : string
            }
            func list() throws(Diagnostic) -> [String] {
                switch value {
                case .sequence(let sequence):
                    // Hexo nests category paths: [[运营, 私域], 笔记] → 运营, 私域, 笔记.
                    return sequence.flatMap { item -> [FrontMatterEntries.Value] in
                        if case .sequence(let inner) = item { return inner }
                        return [item]
                    }.compactMap { $0.string }
                        .map { Self.trimmingSpaces($0) }.filter { !$0.isEmpty }
                case .scalar(let scalar):
                    return scalar.split(whereSeparator: { ",，".contains($0) })
                        .map { Self.trimmingSpaces($0) }.filter { !$0.isEmpty }
                default: throw .error(at: location, "`\(key)` must be a list such as [a, b]")
                }
            }
            func integer() throws(Diagnostic) -> Int? {
                guard let string = try text() else { return nil }
                guard let number = Int(string) else {
                    throw .error(at: location, "`\(key)` must be a whole number, not \"\(string)\"")
                }
                return number
            }
            switch key {
            case "title": result.title = try text()
            case "section": result.section = try text()
            case "order", "weight":
                let number = try integer()
                if number != nil, claim("order", rank: key == "order" ? 2 : 1) { result.order = number }
            case "kpis": result.kpis = try list()
            case "owner", "author":
                let owner = try text()
                if owner != nil, claim("owner", rank: key == "owner" ? 2 : 1) { result.owner = owner }
            case "cadence":
                let cadence = try text()
                if let cadence, !["daily", "weekly", "monthly"].contains(cadence) {
                    throw .error(at: location, "`cadence` must be daily, weekly or monthly, not \"\(cadence)\"")
                }
                result.cadence = cadence
            case "updated", "date", "lastmod":
                guard let string = try text() else { continue }
                guard let day = ContentDate.isoDay(string) else {
                    throw .error(at: location, "`\(key)` \"\(string)\" is not a date",
                                 hint: "use 2025-11-20, 2025-11-20 10:00:00 or Fri, 24 Sep 2021 09:29:30 GMT")
                }
                if claim("updated", rank: ["date": 1, "lastmod": 2, "updated": 3][key, default: 0]) { result.updated = day }
            case "summary", "description":
                let summary = try text()
                if summary != nil, claim("summary", rank: key == "summary" ? 2 : 1) { result.summary = summary }
            case "draft", "published":
                guard let string = try text() else { continue }
                guard let flag = ["true": true, "yes": true, "false": false, "no": false][string.lowercased()] else {
                    throw .error(at: location, "`\(key)` must be true or false, not \"\(string)\"")
                }
                // Jekyll's `published: false` is Hugo's and Siyu's `draft: true`.
                if claim("draft", rank: key == "draft" ? 2 : 1) { result.draft = key == "draft" ? flag : !flag }
            case "categories", "category": result.categories = try list()
            case "tags": result.tags = try list()
            default:
                if let string = value.string { result.extra[key] = string }
            }
        }
        return result
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation's pass when neither end is a space (nearly
    /// always, here): Foundation's trimming was 1.0 G of the 48.6 G instructions of a 10,000-playbook build.
    static func trimmingSpaces(_ text: some StringProtocol) -> String {
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           !CharacterSet.whitespaces.contains(first), !CharacterSet.whitespaces.contains(last) {
            return String(text)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
