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

    /// The same split over UTF-8 bytes in place: each tag trimmed of spaces, empty ones skipped.
    package static func forEachTag(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        var index = 0
        func emit(_ end: Int) {
            var from = start
            var to = end
            while from < to, bytes[from] == .space || bytes[from] == .tab { from += 1 }
            while to > from, bytes[to - 1] == .space || bytes[to - 1] == .tab { to -= 1 }
            // An ideographic space (E3 80 80) at either end.
            while to - from >= 3, bytes[from] == 0xE3, bytes[from + 1] == 0x80, bytes[from + 2] == 0x80 { from += 3 }
            while to - from >= 3, bytes[to - 3] == 0xE3, bytes[to - 2] == 0x80, bytes[to - 1] == 0x80 { to -= 3 }
            if to > from { body(UnsafeBufferPointer(rebasing: bytes[from..<to])) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            var width = 0
            if byte == UInt8(ascii: ";") || byte == .comma || byte == UInt8(ascii: "|") {
                width = 1
            } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9B || bytes[index + 2] == 0x8C {
                width = 3  // ； and ，
            }
            if width > 0 {
                emit(index)
                index += width
                start = index
            } else {
                index += 1
            }
        }
        emit(bytes.count)
    }
}
