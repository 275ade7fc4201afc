import Testing
@testable import SiyuData
@testable import SiyuMetrics

@Suite struct PeriodTests {
    let clock = LocalClock.shanghai

    @Test func monthBoundariesAreShanghaiMidnights() throws {
        let november = try #require(Period.parse("2025-11", clock: clock))
        // 2025-11-01 00:00 +08:00 = 2025-10-31 16:00 UTC; 2025-12-01 00:00 +08:00 = 2025-11-30 16:00 UTC.
        #expect(november.start == 1_761_926_400)
        #expect(november.end == 1_764_518_400)
        #expect(november.days == 30)
        #expect(november.contains(november.end - 1))
        #expect(!november.contains(november.end))
        #expect(november.previous(clock: clock).label == "2025-10")
        #expect(november.next(clock: clock).label == "2025-12")
    }

    @Test func isoWeeksStartOnMondayAndCrossYears() throws {
        let first = try #require(Period.parse("2025-W01", clock: clock))
        #expect(CivilDate.isoString(first.startDay) == "2024-12-30")
        #expect(first.previous(clock: clock).label == "2024-W52")
        let crossing = try #require(Period.parse("2025-W44", clock: clock))
        #expect(CivilDate.isoString(crossing.startDay) == "2025-10-27")
        #expect(CivilDate.isoString(crossing.endDay - 1) == "2025-11-02")
        #expect(Period.parse("2026-W53", clock: clock)?.label == "2026-W53")
        #expect(Period.parse("2025-W53", clock: clock) == nil)
        #expect(Period.parse("2025-13", clock: clock) == nil)
    }

    @Test func lastCompletePeriodBeforeTheData() {
        // Data through 2025-11-30 (as-of 2025-12-01 00:00): November is complete.
        let asOf = clock.instant(day: CivilDate.days(year: 2025, month: 12, day: 1))
        #expect(Period.lastComplete(before: asOf, kind: .month, clock: clock).label == "2025-11")
        #expect(Period.lastComplete(before: asOf - 86_400, kind: .month, clock: clock).label == "2025-10")
        // 2025-11-30 is a Sunday, so the week ending then is complete.
        #expect(Period.lastComplete(before: asOf, kind: .week, clock: clock).label == "2025-W48")
    }

    @Test func trailingPeriodsAreOldestFirst() {
        let period = Period.containing(day: CivilDate.days(year: 2025, month: 3, day: 9), kind: .month, clock: clock)
        #expect(period.trailing(4, clock: clock).map(\.label) == ["2024-12", "2025-01", "2025-02", "2025-03"])
    }
}
