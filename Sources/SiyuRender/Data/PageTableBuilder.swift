import SiyuData
import SiyuMetrics

/// Turns the report's breakdowns into `PageTable`s in the site's language, applying the privacy rules: counts of
/// fewer than `minGroupSize` people are suppressed, and so are rates over such small groups; people's ids are masked.
package struct PageTableBuilder: Sendable {
    package let report: Report
    package let language: Language
    package let minGroupSize: Int
    package let masker: IDMasker

    package init(report: Report, language: Language, minGroupSize: Int, masker: IDMasker) {
        self.report = report
        self.language = language
        self.minGroupSize = minGroupSize
        self.masker = masker
    }

    func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    /// A number of people: suppressed between 1 and the threshold.
    func people(_ count: Int) -> PageTable.Cell {
        count > 0 && count < minGroupSize ? .suppressed : .number(Double(count))
    }

    /// A figure computed over `group` people: suppressed when the group is too small to publish.
    func over(_ group: Int, _ value: Double?) -> PageTable.Cell {
        group > 0 && group < minGroupSize ? .suppressed : .number(value)
    }

    func day(_ instant: Int64) -> PageTable.Cell {
        let clock = LocalClock(timeZone: .init(identifier: report.timeZone) ?? LocalClock.shanghai.timeZone)
        return .text(CivilDate.isoString(clock.day(of: instant)))
    }

    /// Every table, in page order. Ids are stable: they name the CSV downloads and the keys of kpis.json.
    package func all() -> [PageTable] {
        KPIFamily.allCases.map(trend)
            + [poolByChannel(), poolByStaff(), staffReplies(), staff(), channels(), campaigns(), groups(), groupsByStatus(),
               groupList(.dead), groupList(.broadcastOnly), groupList(.dying)]
            + cohorts()
            + [dayRetention(), repurchaseCohorts(), ltv(), clvModel(), clvDistribution(), aliveDistribution(), rfmSegments(),
               rfGrid(), rfNamed(), fiveA(), fiveAFlows(), fissionSummary(), koc(), quality(), rowsByFile()]
    }
}
