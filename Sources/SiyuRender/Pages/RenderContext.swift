import SiyuContent
import SiyuData
import SiyuMetrics

/// Everything the render stage needs, computed by the stages before it.
package struct RenderContext: Sendable {
    package var siteTitle: String
    package var language: Language
    package var report: Report
    package var playbooks: [Playbook] {
        didSet {
            handbook = HandbookTree(playbooks)
            linksByKPI = Self.links(handbook)
        }
    }
    /// The handbook's sections and folders, built once for the cards' links and the handbook's pages (building it
    /// twice was 2 of the 48.6 G instructions of a 10,000-playbook build).
    private(set) var handbook: HandbookTree
    /// KPI id → the playbooks that declare it, in handbook order; built once, asked for on every card.
    private var linksByKPI: [String: [LinkModel]]
    /// Breakdowns with fewer people than this show "<N" instead of the figure.
    package var minGroupSize: Int
    /// Masks people's ids in every table.
    package var masker: IDMasker
    /// Period labels already archived under `reports/` in the output (carried over from earlier builds).
    package var archivedPeriods: [String] = []
    /// Export columns no field matched, by table, for the data-quality page.
    package var unknownColumns: [String: [String]] = [:]

    package init(siteTitle: String, language: Language, report: Report, playbooks: [Playbook], minGroupSize: Int = 5,
                 masker: IDMasker = IDMasker(key: [])) {
        self.siteTitle = siteTitle
        self.language = language
        self.report = report
        self.playbooks = playbooks
        handbook = HandbookTree(playbooks)
        linksByKPI = Self.links(handbook)
        self.minGroupSize = minGroupSize
        self.masker = masker
    }

    /// Every table of the pages, built once per render.
    package var tables: [PageTable] {
        let builder = PageTableBuilder(report: report, language: language, minGroupSize: minGroupSize, masker: masker)
        let unknown = unknownColumns.isEmpty ? report.quality.unknownColumns : unknownColumns
        return builder.all() + (unknown.isEmpty ? [] : [builder.unknownColumns(unknown)])
    }

    var asOfDay: String {
        let clock = LocalClock(timeZone: .init(identifier: report.timeZone) ?? LocalClock.shanghai.timeZone)
        return CivilDate.isoString(clock.day(of: report.asOf) - 1)
    }

    /// Playbooks that declare a KPI in their front matter, in handbook order.
    func playbookLinks(for kpi: String) -> [LinkModel] {
        linksByKPI[kpi] ?? []
    }

    /// The first `PlaybookLinks.limit` playbooks that declare a KPI and how many more, for the dashboards' cards
    /// and alerts and the handbook's "to run" list.
    func cappedPlaybookLinks(for kpi: String) -> PlaybookLinks {
        PlaybookLinks(kpi: kpi, all: playbookLinks(for: kpi), labels: Labels(language))
    }

    private static func links(_ handbook: HandbookTree) -> [String: [LinkModel]] {
        var links: [String: [LinkModel]] = [:]
        for playbook in handbook.allPlaybooks { // HandbookOrder.sorted
            for kpi in playbook.frontMatter.kpis { links[kpi, default: []].append(LinkModel(title: playbook.title, href: playbook.outputPath)) }
        }
        return links
    }
}
