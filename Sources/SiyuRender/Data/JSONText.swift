/// A tiny deterministic JSON writer: keys in the order given, numbers with fixed decimals, strings escaped so that
/// `</script>` and line separators are harmless even inside an HTML page.
package struct JSONText: Sendable {
    package private(set) var text = ""

    package init() {}

    /// Over the UTF-8 bytes, copying everything that needs no escape as it is: scalar by scalar into a string, the
    /// search index's strings (every snippet) were 2% of a 10,000-playbook build. The escapes are ASCII but for
    /// U+2028 and U+2029 (E2 80 A8 and E2 80 A9).
    package static func string(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 2)
        out.append(UInt8(ascii: "\""))
        let bytes = value.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case UInt8(ascii: "\n"): out += Array("\\n".utf8)
            case UInt8(ascii: "\r"): out += Array("\\r".utf8)
            case UInt8(ascii: "\t"): out += Array("\\t".utf8)
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            case 0xE2:
                let next = bytes.index(after: index)
                let last = next < bytes.endIndex ? bytes.index(after: next) : next
                if last < bytes.endIndex, bytes[next] == 0x80, bytes[last] == 0xA8 || bytes[last] == 0xA9 {
                    out += Array((bytes[last] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index = last
                } else {
                    out.append(byte)
                }
            default: out.append(byte)
            }
            index = bytes.index(after: index)
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// A number with at most `decimals` decimals and no trailing zeros; `null` for nil or non-finite values.
    package static func number(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return "null" }
        var text = NumberFormatPlain.fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

/// Fixed-decimal formatting shared by JSON and CSV (no locale, no exponent).
package enum NumberFormatPlain {
    package static func fixed(_ value: Double, decimals: Int) -> String {
        NumberFormat.fixed(value, decimals: decimals)
    }

    /// Decimals kept in machine-readable output for each kind of figure.
    package static func decimals(for kind: PageTable.Kind) -> Int {
        switch kind {
        case .count: 0
        case .money, .days, .minutes: 2
        case .rate: 6
        case .ratio: 4
        case .text: 0
        }
    }
}
