import SiyuData
import SiyuMetrics

/// `report.html`: the summary, the alerts and every section of every dashboard page on one page, for printing to
/// PDF. Element ids stay unique because every section, figure and table id starts with its page's id.
struct ReportPage {
    var eyebrow: String
    var heading: String
    var intro: String
    var periodText: String
    var summary: [SummaryLine]
    var alerts: [OverviewPage.Alert]
    var hasAlerts: Bool
    var pages: [DashboardPage]
    var toc: [LinkModel]
    var archive: DashboardPage.ArchiveBanner
    var isArchived: Bool
    var root: String
    var t: Labels
    var d: DashboardLabels

    init(overview: OverviewPage, pages: [DashboardPage], context: RenderContext) {
        let d = DashboardLabels(context.language)
        eyebrow = overview.eyebrow
        heading = context.siteTitle + " · " + d.reportTitle
        intro = d.reportIntro
        periodText = overview.periodText
        summary = overview.summary
        alerts = overview.alerts
        hasAlerts = overview.hasAlerts
        self.pages = pages
        toc = pages.map { LinkModel(title: $0.heading, href: "#page-\($0.id)") }
        archive = .none
        isArchived = false
        root = ""
        t = overview.t
        self.d = d
    }
}

/// `reports/index.html`: every archived period in the output, newest first, each linking to its overview and
/// its printable report.
struct ArchiveIndexPage {
    struct Entry {
        var label: String
        var title: String
        var kind: String
        var href: String
        var reportHref: String
        var current: Bool
    }

    var heading: String
    var intro: String
    var entries: [Entry]
    var hasEntries: Bool
    var root: String
    var t: Labels
    var d: DashboardLabels

    /// `labels` are the period folders found under `reports/` plus the current period.
    init(labels: [String], context: RenderContext) {
        let language = context.language
        let clock = LocalClock(timeZone: .init(identifier: context.report.timeZone) ?? LocalClock.shanghai.timeZone)
        let text = PeriodText(language: language)
        let periods = Set(labels + [context.report.period.label]).compactMap { Period.parse($0, clock: clock) }
        d = DashboardLabels(language)
        t = Labels(language)
        heading = d.archiveTitle
        intro = d.archiveIntro
        root = "../"
        entries = periods.sorted { ($0.start, $0.kind.rawValue) > ($1.start, $1.kind.rawValue) }.map { period in
            Entry(label: period.label, title: text.long(period),
                  kind: period.kind == .week ? language.pick("周报", "Weekly") : language.pick("月报", "Monthly"),
                  href: "reports/\(period.label)/index.html", reportHref: "reports/\(period.label)/report.html",
                  current: period == context.report.period)
        }
        hasEntries = !entries.isEmpty
    }
}
