/// Parses the date and time forms real exports use into Unix seconds. Naive times are wall-clock times in the
/// configured zone; an explicit offset or epoch seconds are absolute.
///
/// Accepted: `2025-11-03`, `2025/11/3`, `2025-11-03 14:05`, `2025-11-03T14:05:09`, `2025/11/3 9:05`,
/// `2025-11-03T14:05:09+08:00`, `…Z`, `…+0800`, fractional seconds, epoch seconds (`1762149909`) or
/// milliseconds, and — when the reader has found a whole column of them — Excel serial numbers (`45964.5868`).
/// It reads bytes in place, so a cell costs no allocation.
package struct DateTimeParser: Sendable {
    package let clock: LocalClock
    /// Held here rather than read from a static on every cell, which checked its one-time initialisation.
    private let monthStarts = Self.monthStartTable

    package init(clock: LocalClock) {
        self.clock = clock
    }

    package func instant(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { instant($0) }
    }

    /// A calendar date alone (a time part, if any, must be midnight).
    package func day(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { day($0) }
    }

    package func instant(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        if let (day, seconds) = plainDateTime(bytes) { return clock.instant(day: day, secondOfDay: seconds) }
        var scanner = DigitScanner(bytes)
        if scanner.isAllDigits {
            // Epoch seconds (10 digits covers 2001–2286); 13 digits are milliseconds.
            guard bytes.count == 10 || bytes.count == 13, let value = scanner.number(maxDigits: 13) else { return nil }
            return bytes.count == 10 ? value : value / 1000
        }
        guard let (dayNumber, seconds, offset) = scanner.dateTime() else { return nil }
        if let offset { return dayNumber * 86_400 + seconds - offset }
        return clock.instant(day: dayNumber, secondOfDay: seconds)
    }

    package func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var scanner = DigitScanner(bytes)
        guard let (dayNumber, seconds, offset) = scanner.dateTime(), seconds == 0, offset == nil else { return nil }
        return dayNumber
    }

    /// `2025-11-03 14:05:09` (or with a `T`), the form nearly every export writes, read at fixed positions: the
    /// general scanner was 5% of `siyu kpis` at S=10. Anything else is left to the scanner.
    /// The 19 bytes are read as three overlapping words, `2025-11-`, `03 14:05` and `14:05:09`, and their digits
    /// and separators checked a word at a time; with the month table below, parsing the S=1 dates went from 0.50G
    /// to 0.34G instructions.
    @inline(__always)
    private func plainDateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> (day: Int64, seconds: Int64)? {
        guard bytes.count == 19, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let date = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let dayAndTime = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let time = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt64.self))
        // Digit bytes of each word (little-endian: byte 0 is the lowest), and what its other bytes must be.
        let dateDigits: UInt64 = 0x00FF_FF00_FFFF_FFFF, dateSeparators: UInt64 = 0x2D00_002D_0000_0000  // - -
        let dayDigits: UInt64 = 0x0000_0000_0000_FFFF                                                    // DD
        let timeDigits: UInt64 = 0xFFFF_00FF_FF00_FFFF, timeSeparators: UInt64 = 0x0000_3A00_003A_0000  // : :
        let separator = dayAndTime >> 16 & 0xFF
        guard date & ~dateDigits == dateSeparators, time & ~timeDigits == timeSeparators,
              separator == UInt64(UInt8(ascii: " ")) || separator == UInt64(UInt8(ascii: "T")),
              Self.areDigits(date, dateDigits), Self.areDigits(dayAndTime, dayDigits), Self.areDigits(time, timeDigits)
        else { return nil }
        // Digits are at most 9, so the arithmetic below cannot overflow: wrapping operators spare the checks.
        /// The two digits at byte `index` of `word` as a number.
        @inline(__always) func pair(_ word: UInt64, _ index: UInt64) -> Int64 {
            Int64(word &>> (index &* 8) & 0x0F) &* 10 &+ Int64(word &>> (index &* 8 &+ 8) & 0x0F)
        }
        let year = pair(date, 0) &* 100 &+ pair(date, 2), month = pair(date, 5), day = pair(dayAndTime, 0)
        let hour = pair(time, 0), minute = pair(time, 3), second = pair(time, 6)
        guard year >= Self.firstTabledYear, year <= Self.lastTabledYear, month >= 1, month <= 12, day >= 1,
              hour < 24, minute < 60, second < 60 else { return nil }
        // A month's first day from a table: `CivilDate.days` was 0.14G of those 0.50G.
        let monthIndex = Int((year &- Self.firstTabledYear) &* 12 &+ month &- 1)
        let monthStart = monthStarts[monthIndex]
        guard day <= monthStarts[monthIndex + 1] &- monthStart else { return nil }
        return (monthStart &+ day &- 1, hour &* 3600 &+ minute &* 60 &+ second)
    }

    /// Whether every byte of `word` under `mask` is an ASCII digit: high nibble 3, low nibble at most 9 (adding 6
    /// to it must not carry into the high nibble).
    @inline(__always)
    private static func areDigits(_ word: UInt64, _ mask: UInt64) -> Bool {
        let masked = word & mask
        return masked & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030 & mask
            && ((masked & 0x0F0F_0F0F_0F0F_0F0F) &+ (0x0606_0606_0606_0606 & mask)) & 0xF0F0_F0F0_F0F0_F0F0 == 0
    }

    private static let firstTabledYear: Int64 = 1900, lastTabledYear: Int64 = 2200
    /// Day number of the first of each month from January 1900 to January 2201.
    private static let monthStartTable: [Int64] = (0...(lastTabledYear - firstTabledYear + 1) * 12).map { index in
        CivilDate.days(year: firstTabledYear + index / 12, month: index % 12 + 1, day: 1)
    }

    /// An Excel serial date-time (days since 1899-12-30, the fraction a time of day), as a wall-clock time.
    package func instant(excelSerial bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let (day, second) = ExcelSerial.parse(bytes) else { return nil }
        return clock.instant(day: day, secondOfDay: second)
    }

    package func day(excelSerial bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let (day, second) = ExcelSerial.parse(bytes), second == 0 else { return nil }
        return day
    }
}

/// A tiny cursor over ASCII bytes for the date grammar above.
private struct DigitScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAllDigits: Bool { !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    var atEnd: Bool { index >= bytes.count }

    mutating func number(maxDigits: Int) -> Int64? {
        var value: Int64 = 0
        var digits = 0
        while index < bytes.count, digits < maxDigits, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value * 10 + Int64(bytes[index] - 0x30)
            index += 1
            digits += 1
        }
        return digits == 0 ? nil : value
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func dateTime() -> (day: Int64, seconds: Int64, offset: Int64?)? {
        guard let year = number(maxDigits: 4), year >= 1900, year <= 2200 else { return nil }
        let separator: UInt8
        if take(UInt8(ascii: "-")) { separator = UInt8(ascii: "-") }
        else if take(UInt8(ascii: "/")) { separator = UInt8(ascii: "/") }
        else { return nil }
        guard let month = number(maxDigits: 2), take(separator), let day = number(maxDigits: 2),
              (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
        let dayNumber = CivilDate.days(year: year, month: month, day: day)
        if atEnd { return (dayNumber, 0, nil) }

        guard take(UInt8(ascii: "T")) || take(UInt8(ascii: "t")) || take(UInt8(ascii: " ")) else { return nil }
        while take(UInt8(ascii: " ")) {}
        guard let hour = number(maxDigits: 2), take(UInt8(ascii: ":")), let minute = number(maxDigits: 2),
              hour < 24, minute < 60 else { return nil }
        var second: Int64 = 0
        if take(UInt8(ascii: ":")) {
            guard let value = number(maxDigits: 2), value < 60 else { return nil }
            second = value
            if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
                guard number(maxDigits: 9) != nil else { return nil }
            }
        }
        let seconds = hour * 3600 + minute * 60 + second
        if atEnd { return (dayNumber, seconds, nil) }
        while take(UInt8(ascii: " ")) {}
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return atEnd ? (dayNumber, seconds, 0) : nil }

        let sign: Int64
        if take(UInt8(ascii: "+")) { sign = 1 } else if take(UInt8(ascii: "-")) { sign = -1 } else { return nil }
        guard let offsetHours = number(maxDigits: 2), offsetHours <= 14 else { return nil }
        _ = take(UInt8(ascii: ":"))
        let offsetMinutes = number(maxDigits: 2) ?? 0
        guard atEnd, offsetMinutes < 60 else { return nil }
        return (dayNumber, seconds, sign * (offsetHours * 3600 + offsetMinutes * 60))
    }
}
