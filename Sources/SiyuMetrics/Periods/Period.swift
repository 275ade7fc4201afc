import SiyuData

package enum PeriodKind: String, Sendable, Codable, CaseIterable {
    case week, month
}

/// A reporting period: an ISO week (Monday start) or a calendar month in the configured zone, half-open
/// [start, end) in Unix seconds. Labels are `2025-11` and `2025-W48`.
package struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let kind: PeriodKind
    /// Local day numbers of the first day and of the day after the last.
    package let startDay: Int64
    package let endDay: Int64
    package let start: Int64
    package let end: Int64

    package init(kind: PeriodKind, startDay: Int64, endDay: Int64, clock: LocalClock) {
        self.kind = kind
        self.startDay = startDay
        self.endDay = endDay
        start = clock.instant(day: startDay)
        end = clock.instant(day: endDay)
    }

    /// The period of `kind` containing a local day.
    package static func containing(day: Int64, kind: PeriodKind, clock: LocalClock) -> Period {
        switch kind {
        case .week:
            let monday = day - (CivilDate.weekday(day) - 1)
            return Period(kind: .week, startDay: monday, endDay: monday + 7, clock: clock)
        case .month:
            let (year, month, _) = CivilDate.components(day)
            let first = CivilDate.days(year: year, month: month, day: 1)
            return Period(kind: .month, startDay: first, endDay: first + CivilDate.daysInMonth(year: year, month: month),
                          clock: clock)
        }
    }

    package static func containing(instant: Int64, kind: PeriodKind, clock: LocalClock) -> Period {
        containing(day: clock.day(of: instant), kind: kind, clock: clock)
    }

    /// Parses `2025-12` or `2025-W49`.
    package static func parse(_ text: String, clock: LocalClock) -> Period? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int64(parts[0]) else { return nil }
        if parts[1].first == "W" || parts[1].first == "w" {
            guard let week = Int64(parts[1].dropFirst()), week >= 1, week <= 53 else { return nil }
            let january4 = CivilDate.days(year: year, month: 1, day: 4)
            let monday = january4 - (CivilDate.weekday(january4) - 1) + (week - 1) * 7
            let period = containing(day: monday, kind: .week, clock: clock)
            return period.label == text.uppercased() ? period : nil
        }
        guard parts[1].count == 2, let month = Int64(parts[1]), (1...12).contains(month) else { return nil }
        return containing(day: CivilDate.days(year: year, month: month, day: 1), kind: .month, clock: clock)
    }

    /// The last complete period before `asOf` (the instant just after the newest data).
    package static func lastComplete(before asOf: Int64, kind: PeriodKind, clock: LocalClock) -> Period {
        let current = containing(instant: asOf - 1, kind: kind, clock: clock)
        return current.end <= asOf ? current : current.previous(clock: clock)
    }

    package func previous(clock: LocalClock) -> Period {
        Period.containing(day: startDay - 1, kind: kind, clock: clock)
    }

    package func next(clock: LocalClock) -> Period {
        Period.containing(day: endDay, kind: kind, clock: clock)
    }

    /// This period and the `count − 1` before it, oldest first.
    package func trailing(_ count: Int, clock: LocalClock) -> [Period] {
        var periods = [self]
        while periods.count < count, let first = periods.first { periods.insert(first.previous(clock: clock), at: 0) }
        return periods
    }

    package func contains(_ instant: Int64) -> Bool { instant >= start && instant < end }

    package var days: Int64 { endDay - startDay }

    package var label: String {
        switch kind {
        case .month:
            let (year, month, _) = CivilDate.components(startDay)
            return "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .week:
            // The ISO year is the year of the week's Thursday.
            let thursday = startDay + 3
            let year = CivilDate.components(thursday).year
            let week = (thursday - CivilDate.days(year: year, month: 1, day: 1)) / 7 + 1
            return "\(year)-W\(week < 10 ? "0" : "")\(week)"
        }
    }

    package var description: String { label }

    package static func < (lhs: Period, rhs: Period) -> Bool { lhs.start < rhs.start }
}
