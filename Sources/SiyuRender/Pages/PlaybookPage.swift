import SiyuContent

/// `playbooks/<slug>.html`: sidebar tree, breadcrumbs, meta, related KPIs, table of contents, body, prev/next.
struct PlaybookPage {
    struct SidebarSection {
        var title: String
        var items: [SidebarItem]
    }

    struct SidebarItem {
        var title: String
        var href: String
        var current: Bool
    }

    struct TOCItem {
        var level: Int
        var anchor: String
        var text: String
    }

    struct KPIChip {
        var id, name, value, change, arrow, changeClass: String
    }

    var title: String
    var section: String
    var summary: String?
    var owner: String?
    var cadence: String?
    var updated: String?
    var sidebar: [SidebarSection]
    var toc: [TOCItem]
    // Stored, not computed: swift-mustache reads view models through Mirror, which sees stored properties only.
    var hasTOC: Bool
    var kpis: [KPIChip]
    var hasKPIs: Bool
    var body: String
    var previous: LinkModel?
    var next: LinkModel?
    var root: String
    var t: Labels

    init(_ playbook: Playbook, body: String, ordered: [Playbook], context: RenderContext) {
        let language = context.language
        let presenter = KPIPresenter(language: language)
        title = playbook.title
        section = playbook.section
        summary = playbook.frontMatter.summary
        owner = playbook.frontMatter.owner
        cadence = playbook.frontMatter.cadence.map { Labels.cadence($0, language) }
        updated = playbook.frontMatter.updated
        root = rootPrefix(of: playbook.outputPath)
        t = Labels(language)
        self.body = body
        sidebar = HandbookOrder.sections(ordered).map { section in
            SidebarSection(title: section.title, items: section.playbooks.map {
                SidebarItem(title: $0.title, href: $0.outputPath, current: $0.slug == playbook.slug)
            })
        }
        toc = playbook.headings.filter { $0.level == 2 || $0.level == 3 }
            .map { TOCItem(level: $0.level, anchor: $0.anchor, text: $0.text) }
        kpis = playbook.frontMatter.kpis.compactMap(context.report.kpi).map {
            let shown = presenter.present($0)
            return KPIChip(id: shown.id, name: shown.name, value: shown.value, change: shown.change, arrow: shown.arrow,
                           changeClass: shown.changeClass)
        }
        hasTOC = toc.count > 1
        hasKPIs = !kpis.isEmpty
        let index = ordered.firstIndex { $0.slug == playbook.slug }
        previous = index.flatMap { $0 > 0 ? ordered[$0 - 1] : nil }.map { LinkModel(title: $0.title, href: $0.outputPath) }
        next = index.flatMap { $0 + 1 < ordered.count ? ordered[$0 + 1] : nil }.map { LinkModel(title: $0.title, href: $0.outputPath) }
    }
}

/// `playbooks/index.html`: every section with its playbooks and summaries.
struct HandbookIndexPage {
    struct Section {
        var index: Int
        var title: String
        var items: [Item]
    }

    struct Item {
        var title: String
        var href: String
        var summary: String?
    }

    var heading: String
    var intro: String
    var sections: [Section]
    var root = "../"
    var t: Labels

    init(ordered: [Playbook], context: RenderContext) {
        let language = context.language
        t = Labels(language)
        heading = language.pick("运营手册", "Handbook")
        intro = language.pick("定策略、选工具、调优化，以及每天照着做的 SOP。每篇都连着它负责的指标。",
                              "Strategy, tools, optimization, and the SOPs run every day, each linked to the KPIs it moves.")
        sections = HandbookOrder.sections(ordered).enumerated().map { index, section in
            Section(index: index + 1, title: section.title, items: section.playbooks.map {
                Item(title: $0.title, href: $0.outputPath, summary: $0.frontMatter.summary)
            })
        }
    }
}
