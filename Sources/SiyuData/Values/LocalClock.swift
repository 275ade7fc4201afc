import Foundation

/// Converts between instants (Unix seconds) and civil dates in one time zone, with plain integer arithmetic
/// (Howard Hinnant's days-from-civil) so hot paths never allocate a `Date` or a `Calendar`.
package struct LocalClock: Sendable {
    package let timeZone: TimeZone
    /// Set when the zone has had one offset since 2000 (Asia/Shanghai has: UTC+8, no DST since 1991).
    private let fixedOffset: Int64?

    package init(timeZone: TimeZone) {
        self.timeZone = timeZone
        let probes: [TimeInterval] = [946_684_800, 1_100_000_000, 1_262_304_000, 1_420_070_400, 1_577_836_800,
                                      1_593_561_600, 1_735_689_600, 1_751_328_000]
        let offsets = Set(probes.map { timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)) })
        fixedOffset = offsets.count == 1 ? Int64(offsets.first ?? 0) : nil
    }

    package static let shanghai = LocalClock(timeZone: TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!)

    /// Seconds east of UTC at an instant.
    package func offset(at instant: Int64) -> Int64 {
        fixedOffset ?? Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))))
    }

    /// The instant of a local wall-clock time (seconds since local midnight of `day`).
    package func instant(day: Int64, secondOfDay: Int64 = 0) -> Int64 {
        let naive = day * 86_400 + secondOfDay
        if let fixedOffset { return naive - fixedOffset }
        // Two rounds settle the offset on either side of a DST change.
        var guess = naive - offset(at: naive)
        guess = naive - offset(at: guess)
        return guess
    }

    /// The local day number (days since 1970-01-01 in this zone) of an instant.
    package func day(of instant: Int64) -> Int64 {
        floorDiv(instant + offset(at: instant), 86_400)
    }

    /// The instant of local midnight starting the day that contains `instant`.
    package func startOfDay(_ instant: Int64) -> Int64 {
        self.instant(day: day(of: instant))
    }
}

/// Civil calendar arithmetic on day numbers (days since 1970-01-01), proleptic Gregorian.
package enum CivilDate {
    package static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    package static func components(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    package static func weekday(_ days: Int64) -> Int64 {
        floorMod(days + 3, 7) + 1
    }

    package static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2025-11-30`.
    package static func isoString(_ days: Int64) -> String {
        let (y, m, d) = components(days)
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}

package func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

package func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
    a - floorDiv(a, b) * b
}
