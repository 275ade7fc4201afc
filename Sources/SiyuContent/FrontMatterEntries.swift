import SiyuCore
import Yams

/// The top-level keys of a front matter, in order, with what `FrontMatter.parse` needs of each value.
///
/// Most front matter is a few `key: value` lines and `key: [a, b]` lists. Those are read here directly, in one pass
/// over the text; anything else (quotes, block scalars, nesting, comments, anchors, tabs, a repeated key …) goes
/// to libyaml through Yams as before. Through Yams, front matter was 10% of a 10,000-playbook build's CPU.
/// `FrontMatterTests.theShortcutReadsWhatYAMLReads` parses a corpus both ways and requires the same results.
struct FrontMatterEntries {
    /// A value as far as front matter looks at it.
    indirect enum Value: Equatable {
        case scalar(String)
        case sequence([Value])
        /// A mapping (or anything else): only its string form, as Yams gives it, if any.
        case other(String?)

        /// The value as text, as Yams' `Node.string` gives it.
        var string: String? {
            switch self {
            case .scalar(let string): string
            case .sequence: nil
            case .other(let string): string
            }
        }
    }

    struct Entry: Equatable {
        /// Nil for a key that is not text.
        var key: String?
        var value: Value
        /// File line and column of the value.
        var line: Int
        var column: Int
    }

    /// Nil when the YAML holds no document.
    let entries: [Entry]?

    /// `firstLine` is the file line of the YAML's first line. `shortcut: false` always asks libyaml (for tests).
    init(_ yaml: String, file: String, firstLine: Int, shortcut: Bool = true) throws(Diagnostic) {
        if shortcut, let entries = Self.simple(yaml, firstLine: firstLine) {
            self.entries = entries
            return
        }
        guard let root = try YAMLLoader.compose(yaml, file: file, firstLine: firstLine) else {
            entries = nil
            return
        }
        guard let mapping = root.mapping else {
            throw .error(at: SourceLocation(file: file, line: firstLine, column: 1), "front matter is not a list of keys",
                         hint: "write it as `title: …` lines between two --- lines")
        }
        entries = mapping.map { key, value in
            Entry(key: key.string, value: Self.value(value), line: YAMLLoader.line(of: value, firstLine: firstLine),
                  column: YAMLLoader.column(of: value))
        }
    }

    private static func value(_ node: Node) -> Value {
        switch node {
        case .scalar(let scalar): .scalar(scalar.string)
        case .sequence(let sequence): .sequence(sequence.map(value))
        default: .other(node.string)
        }
    }

    // MARK: The shortcut

    /// The entries of YAML made only of `key: plain text` and `key: [plain, text]` lines (and empty lines), or nil
    /// for anything else. Deliberately narrow: a plain scalar here has no character YAML could read otherwise.
    static func simple(_ yaml: String, firstLine: Int) -> [Entry]? {
        var entries: [Entry] = []
        var keys: Set<String> = []
        var lineNumber = firstLine
        var start = yaml.startIndex
        while true {
            // A "\n" byte always starts a scalar, so its index is a valid string index.
            let end = yaml.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? yaml.endIndex
            if start < end {
                guard let entry = Self.entry(yaml[start..<end], line: lineNumber), keys.insert(entry.key ?? "").inserted else {
                    return nil
                }
                entries.append(entry)
            }
            guard end < yaml.endIndex else { break }
            start = yaml.utf8.index(after: end)
            lineNumber += 1
        }
        return entries.isEmpty ? nil : entries
    }

    /// `key: value` with a plain key and a plain scalar or a flow list of plain scalars.
    private static func entry(_ line: Substring, line number: Int) -> Entry? {
        let bytes = line.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex else { return nil }
        let key = bytes[..<colon]
        guard let first = key.first, isKeyStart(first), key.allSatisfy(isKeyByte) else { return nil }
        // Then at least one space, the value, and nothing but spaces after it.
        let afterColon = bytes.index(after: colon)
        guard afterColon < bytes.endIndex, bytes[afterColon] == UInt8(ascii: " ") else { return nil }
        guard let start = bytes[afterColon...].firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
        var end = bytes.endIndex
        while end > start, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        let text = line[start..<end]
        // libyaml counts columns in Unicode scalars from 1; the key and the spaces before the value are ASCII.
        let column = bytes.distance(from: bytes.startIndex, to: start) + 1
        let value: Value
        if text.utf8.first == UInt8(ascii: "[") {
            guard let items = flowList(text) else { return nil }
            value = .sequence(items.map(Value.scalar))
        } else {
            guard isPlain(text, inFlow: false) else { return nil }
            value = .scalar(String(text))
        }
        return Entry(key: String(line[..<colon]), value: value, line: number, column: column)
    }

    /// `[a, b]` → a, b; `[]` → nothing; nil for anything else (nesting, quotes, empty items, a trailing comma).
    private static func flowList(_ text: Substring) -> [String]? {
        guard text.utf8.last == UInt8(ascii: "]"), text.utf8.count >= 2 else { return nil }
        let inside = text.dropFirst().dropLast()
        if inside.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) { return [] }
        var items: [String] = []
        for part in inside.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.drop { $0 == " " }
            var trimmed = Substring(item)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            guard isPlain(trimmed, inFlow: true) else { return nil }
            items.append(String(trimmed))
        }
        return items
    }

    /// Text that YAML reads as exactly itself: not empty, no indicator first, no `: `, `#`, tab or control
    /// character or line separator anywhere, no `:` at the end, and, inside a flow list, none of `[]{},:`. Spaces are inside only.
    private static func isPlain(_ text: Substring, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, first != " ", last != " ",
              last != ":", !"-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
            case 0x23: return false // #
            case 0x5B, 0x5D, 0x7B, 0x7D, 0x2C: if inFlow { return false } // [ ] { } ,
            case 0x3A: if inFlow { return false } // :
            case 0x20: if previous == ":" { return false }
            default: break
            }
            previous = scalar
        }
        return true
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }
}
