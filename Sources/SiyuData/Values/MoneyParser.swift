/// Parses money as exports write it into integer fen: `1234.5`, `1,234.50`, `¥1,234.50`, `￥88`, `１２８.００`,
/// `-12.00` (only where negatives make sense). More than two decimals are rounded half away from zero.
package enum MoneyParser {
    package static func fen(_ text: String, allowNegative: Bool = false) -> Int64? {
        var negative = false
        var integer: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var roundUp = false
        var sawDigit = false
        var sawPoint = false
        var index = 0
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            var value = scalar.value
            if value >= 0xFF10 && value <= 0xFF19 { value -= 0xFF10 - 0x30 } // full-width digits
            switch value {
            case 0x30...0x39:
                sawDigit = true
                let digit = Int64(value - 0x30)
                if sawPoint {
                    if fractionDigits < 2 { fraction = fraction * 10 + digit; fractionDigits += 1 }
                    else if fractionDigits == 2 { roundUp = digit >= 5; fractionDigits += 1 }
                } else {
                    guard integer < 1_000_000_000_000 else { return nil }
                    integer = integer * 10 + digit
                }
            case 0x2E, 0xFF0E: // . and ．
                guard !sawPoint else { return nil }
                sawPoint = true
            case 0x2C, 0xFF0C: // thousands separators , and ，
                guard sawDigit, !sawPoint else { return nil }
            case 0x2D, 0xFF0D, 0x2212: // - － −
                guard !sawDigit, !negative else { return nil }
                negative = true
            case 0xA5, 0xFFE5, 0x20, 0x3000: // ¥ ￥ and spaces
                guard !sawDigit || value == 0x20 else { return nil }
            default:
                if value == 0x2B && !sawDigit { continue } // a leading +
                return nil
            }
        }
        guard sawDigit, allowNegative || !negative else { return nil }
        while fractionDigits < 2 { fraction *= 10; fractionDigits += 1 }
        let total = integer * 100 + fraction + (roundUp ? 1 : 0)
        return negative ? -total : total
    }
}
