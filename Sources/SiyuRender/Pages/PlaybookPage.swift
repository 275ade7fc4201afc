import SiyuContent

/// `playbooks/<slug>.html`: sidebar tree, breadcrumbs, meta (owner, cadence, last update), the KPIs it moves with
/// this period's values and alerts, table of contents, body, prev/next.
struct PlaybookPage {
    struct TOCItem {
        var level: Int
        var anchor: String
        var text: String
    }

    struct MetaItem {
        var label: String
        var value: String
        var kind: String
    }

    var title: String
    var titleAnchor: String
    var hasTitleAnchor: Bool
    var summary: String?
    var meta: [MetaItem]
    var hasMeta: Bool
    /// The sidebar, rendered by `HandbookSidebar`.
    var sidebarHTML: String
    var breadcrumbs: [HandbookNavigation.Crumb]
    var toc: [TOCItem]
    // Stored, not computed: swift-mustache reads view models through Mirror, which sees stored properties only.
    var hasTOC: Bool
    var kpis: [HandbookKPIs.Chip]
    var hasKPIs: Bool
    var alerts: [HandbookKPIs.Alert]
    var hasAlerts: Bool
    var hasChecklist: Bool
    var body: String
    var previous: LinkModel?
    var next: LinkModel?
    var printHref: String
    var root: String
    var t: Labels

    init(_ playbook: Playbook, body: String, sidebarHTML: String, navigation: HandbookNavigation, kpis: HandbookKPIs) {
        let language = kpis.context.language
        let labels = navigation.labels
        title = playbook.title
        titleAnchor = playbook.titleAnchor ?? ""
        hasTitleAnchor = playbook.titleAnchor != nil
        summary = playbook.frontMatter.summary
        meta = Self.meta(playbook, labels: labels, language: language)
        hasMeta = !meta.isEmpty
        root = rootPrefix(of: playbook.outputPath)
        t = labels
        self.body = body
        self.sidebarHTML = sidebarHTML
        breadcrumbs = navigation.breadcrumbs(to: playbook)
        toc = playbook.headings.filter { ($0.level == 2 || $0.level == 3) && $0.anchor != playbook.titleAnchor }
            .map { TOCItem(level: $0.level, anchor: $0.anchor, text: $0.text) }
        hasTOC = toc.count > 1
        self.kpis = kpis.chips(playbook)
        hasKPIs = !self.kpis.isEmpty
        alerts = kpis.alerts(playbook)
        hasAlerts = !alerts.isEmpty
        hasChecklist = body.utf8Range(of: "class=\"checklist\"") != nil
        printHref = "playbooks/print.html#" + playbook.printID
        let (before, after) = navigation.neighbours(of: playbook)
        previous = before.map { LinkModel(title: $0.title, href: $0.outputPath) }
        next = after.map { LinkModel(title: $0.title, href: $0.outputPath) }
    }

    /// Owner, cadence and last update, in that order, for whichever the front matter gives.
    static func meta(_ playbook: Playbook, labels: Labels, language: Language) -> [MetaItem] {
        let front = playbook.frontMatter
        return [
            front.owner.map { MetaItem(label: labels.owner, value: $0, kind: "owner") },
            front.cadence.map { MetaItem(label: labels.cadence, value: Labels.cadence($0, language), kind: "cadence") },
            front.updated.map { MetaItem(label: labels.updated, value: $0, kind: "updated") },
        ].compactMap { $0 }
    }
}
