/// Excel's serial date-times: days since 1899-12-30 with the time of day as a fraction (`45964.5868`), what a
/// spreadsheet saved without date formatting holds. Only 1970-01-01 (25569) up to 2099-12-31 are accepted, so a
/// column of small counts or of epoch seconds is never mistaken for one.
package enum ExcelSerial {
    static let range: ClosedRange<Int64> = 25_569...73_050
    /// 1899-12-30 as a day number (days since 1970-01-01).
    static let epochDay: Int64 = -25_569

    /// Whether a cell looks like a serial: 5 digits in range, an optional fraction.
    package static func isSerial(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        parse(bytes) != nil
    }

    /// The day number and second of day, rounded to the nearest second.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (day: Int64, second: Int64)? {
        var index = 0
        var whole: Int64 = 0
        while index < bytes.count, index < 6, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            whole = whole * 10 + Int64(bytes[index] - 0x30)
            index += 1
        }
        guard index > 0, range.contains(whole) else { return nil }
        var second: Int64 = 0
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count else { return nil }
            index += 1
            // The fraction of a day to the nearest second, from up to 12 digits (Excel writes up to 15).
            var numerator: Int64 = 0
            var denominator: Int64 = 1
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                if denominator < 1_000_000_000_000 {
                    numerator = numerator * 10 + Int64(bytes[index] - 0x30)
                    denominator *= 10
                }
                index += 1
            }
            guard index == bytes.count else { return nil }
            second = (numerator * 86_400 * 2 / denominator + 1) / 2
        }
        let day = epochDay + whole + second / 86_400
        return (day, second % 86_400)
    }
}
