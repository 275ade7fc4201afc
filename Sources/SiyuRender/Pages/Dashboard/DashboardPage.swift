import SiyuMetrics

/// One dashboard page (`pool.html`, `cohorts.html`, …): the family's KPI cards, then sections of key figures,
/// charts and tables, with a table of contents and the page's downloads. `report.html` shows every page's body.
struct DashboardPage {
    struct Section {
        var id: String
        var title: String
        var intro: String
        // Stored flags, not optionals: a nil value would make Mustache look the name up in the enclosing context.
        var hasIntro: Bool
        var facts: [Fact]
        var hasFacts: Bool
        /// The CSV behind the key figures, when they come from a page table.
        var factsDownload: String
        var hasFactsDownload: Bool
        var figures: [FigureView]
        var hasFigures: Bool
        var tables: [TableView]
        /// Nothing to show: the section says so instead of staying blank.
        var empty: Bool
    }

    struct Fact {
        var label: String
        var value: String
        var note: String
        var hasNote: Bool

        init(label: String, value: String, note: String? = nil) {
            self.label = label
            self.value = value
            self.note = note ?? ""
            hasNote = note != nil
        }
    }

    /// Shown on the copy under `reports/<period>/`: links up to the latest report and the archive index.
    struct ArchiveBanner {
        var text: String
        var latestHref: String
        var allHref: String

        static let none = ArchiveBanner(text: "", latestHref: "", allHref: "")
    }

    var id: String
    var eyebrow: String
    var heading: String
    var intro: String
    var cards: [KPICardView]
    var hasCards: Bool
    var sections: [Section]
    var toc: [LinkModel]
    var downloads: [LinkModel]
    var archive: ArchiveBanner
    var isArchived: Bool
    var root: String
    var t: Labels
    var d: DashboardLabels
}

/// The dashboard pages in navigation order, with their names.
enum DashboardCatalog {
    struct Entry {
        var id: String
        var zh: String
        var en: String
        var family: KPIFamily?
    }

    static let pages: [Entry] = [
        Entry(id: "pool", zh: "客户池", en: "Pool", family: .pool),
        Entry(id: "engagement", zh: "活跃与触达", en: "Engagement", family: .engagement),
        Entry(id: "groups", zh: "社群", en: "Groups", family: .groups),
        Entry(id: "commerce", zh: "交易", en: "Commerce", family: .commerce),
        Entry(id: "cohorts", zh: "留存", en: "Cohorts", family: nil),
        Entry(id: "segments", zh: "客户分层", en: "Segments", family: nil),
        Entry(id: "ltv", zh: "客户价值", en: "LTV", family: .ltv),
        Entry(id: "fission", zh: "裂变", en: "Referrals", family: .fission),
        Entry(id: "channels", zh: "渠道", en: "Channels", family: .channels),
        Entry(id: "staff", zh: "员工", en: "Staff", family: nil),
        Entry(id: "quality", zh: "数据质量", en: "Data quality", family: nil),
    ]

    static func name(_ id: String, _ language: Language) -> String {
        pages.first { $0.id == id }.map { language.pick($0.zh, $0.en) } ?? id
    }
}
