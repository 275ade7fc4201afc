/// A tiny deterministic JSON writer: keys in the order given, numbers with fixed decimals, strings escaped so that
/// `</script>` and line separators are harmless even inside an HTML page.
package struct JSONText: Sendable {
    package private(set) var text = ""

    package init() {}

    package static func string(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
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
