import SiyuData
import SiyuMetrics

/// Periods and days as people read them: 2025年11月 / November 2025, 2025年第48周 / Week 48, 2025, and short axis
/// labels. Built from day numbers, never from the machine's locale.
struct PeriodText {
    let language: Language

    static let monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]

    func long(_ period: Period) -> String {
        let (year, month, _) = CivilDate.components(period.startDay)
        switch period.kind {
        case .month:
            return language.pick("\(year)年\(month)月", "\(Self.monthsEn[Int(month) - 1]) \(year)")
        case .week:
            let week = period.label.split(separator: "W").last.map(String.init) ?? ""
            let isoYear = period.label.prefix(4)
            let last = CivilDate.components(period.endDay - 1)
            let range = "\(month)/\(CivilDate.components(period.startDay).day)–\(last.month)/\(last.day)"
            return language.pick("\(isoYear)年第\(Int(week) ?? 0)周（\(range)）", "Week \(Int(week) ?? 0), \(isoYear) (\(range))")
        }
    }

    /// Short labels for a run of periods on an axis; the year shows on the first label and at each January.
    func axis(_ periods: [Period]) -> [String] {
        periods.enumerated().map { index, period in
            let (year, month, day) = CivilDate.components(period.startDay)
            switch period.kind {
            case .month:
                let showYear = index == 0 || month == 1
                let shortYear = String(year % 100)
                return language.pick(showYear ? "\(shortYear)年\(month)月" : "\(month)月",
                                     showYear ? "\(Self.monthsEn[Int(month) - 1].prefix(3)) \(shortYear)"
                                              : String(Self.monthsEn[Int(month) - 1].prefix(3)))
            case .week:
                return "\(month)/\(day)"
            }
        }
    }

    func day(_ day: Int64) -> String {
        let (year, month, date) = CivilDate.components(day)
        return language.pick("\(year)年\(month)月\(date)日", "\(date) \(Self.monthsEn[Int(month) - 1].prefix(3)) \(year)")
    }
}

extension RenderContext {
    /// The last day with data, in the site's language.
    var asOfText: String {
        let clock = LocalClock(timeZone: .init(identifier: report.timeZone) ?? LocalClock.shanghai.timeZone)
        return PeriodText(language: language).day(clock.day(of: report.asOf) - 1)
    }
}
