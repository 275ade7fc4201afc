import Foundation

/// An append-only UTF-8 buffer with the few formatting helpers CSV output needs; no Foundation formatters, so
/// bytes are identical everywhere.
struct CSVBuffer {
    private(set) var bytes: [UInt8] = []

    init(header: String) {
        bytes.reserveCapacity(1 << 16)
        append(header)
        newline()
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func comma() { bytes.append(UInt8(ascii: ",")) }
    mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    /// A field, quoted when it holds a comma, quote or line break (RFC 4180).
    mutating func field(_ text: String) {
        if text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
            append("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        } else {
            append(text)
        }
    }

    mutating func number(_ value: Int64, width: Int = 0) {
        let text = String(value)
        if text.count < width { append(String(repeating: "0", count: width - text.count)) }
        append(text)
    }

    /// Local naive time `YYYY-MM-DD HH:MM:SS` from seconds since 1970-01-01 00:00 local.
    mutating func dateTime(_ local: Int64) {
        date(local / 86_400)
        bytes.append(UInt8(ascii: " "))
        let seconds = local % 86_400
        number(seconds / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        number(seconds / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        number(seconds % 60, width: 2)
    }

    mutating func date(_ day: Int64) {
        let (year, month, dayOfMonth) = SampleCalendar.components(day)
        number(year)
        bytes.append(UInt8(ascii: "-"))
        number(month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        number(dayOfMonth, width: 2)
    }

    /// Fen as yuan with two decimals.
    mutating func money(_ fen: Int64) {
        number(fen / 100)
        bytes.append(UInt8(ascii: "."))
        number(fen % 100, width: 2)
    }
}

/// Civil dates for the generator (it writes naive local times, so no time zone is involved).
enum SampleCalendar {
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    static func components(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
