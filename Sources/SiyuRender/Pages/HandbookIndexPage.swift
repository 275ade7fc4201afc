import Foundation
import SiyuContent

/// `playbooks/index.html`: the playbooks to run this period (their KPIs are off target), then every section with
/// its pages; the top-level `index.md`, if any, introduces it.
struct HandbookIndexPage {
    struct Section {
        var index: Int
        var title: String
        var href: String
        var summary: String
        var hasSummary: Bool
        var cards: [HandbookCard]
        /// A big handbook lists a section's first cards here and the rest on the section's own page.
        var more: String
        var hasMore: Bool
    }

    static let cardsPerSection = 12

    struct Urgent {
        var name, value, statusText, kpiHref: String
        var playbooks: PlaybookLinks
    }

    var eyebrow: String
    var heading: String
    var intro: String
    var introHTML: String
    var hasIntroHTML: Bool
    var urgent: [Urgent]
    var hasUrgent: Bool
    var sections: [Section]
    var sidebarHTML: String
    /// Cards here stay short: the KPIs show on each section's page.
    var showKPIs = false
    var root = "../"
    var t: Labels

    init(introHTML: String, sidebarHTML: String, navigation: HandbookNavigation, kpis: HandbookKPIs) {
        let context = kpis.context
        let language = context.language
        let tree = navigation.tree
        t = navigation.labels
        heading = tree.rootLanding?.title ?? language.pick("运营手册", "Handbook")
        let pages = tree.readingOrder.count
        eyebrow = language.pick("\(pages) 篇 · \(tree.sections.count) 章", "\(pages) playbooks · \(tree.sections.count) sections")
        intro = tree.rootLanding?.frontMatter.summary
            ?? language.pick("定策略、选工具、调优化，以及每天照着做的 SOP。每篇都连着它负责的指标。",
                             "Strategy, tools, optimization, and the SOPs run every day, each linked to the KPIs it moves.")
        self.introHTML = introHTML
        hasIntroHTML = !introHTML.isEmpty
        self.sidebarHTML = sidebarHTML
        let presenter = kpis.presenter
        urgent = context.report.breaches.compactMap { kpi in
            let links = context.cappedPlaybookLinks(for: kpi.id)
            guard links.hasLinks else { return nil }
            let shown = presenter.present(kpi)
            return Urgent(name: shown.name, value: shown.value, statusText: shown.statusText ?? "",
                          kpiHref: HandbookKPIs.href(kpi.id), playbooks: links)
        }
        hasUrgent = !urgent.isEmpty
        let compact = navigation.reading.count > HandbookNavigation.fullTreeLimit
        sections = tree.sections.enumerated().map { index, section in
            let summary = section.landing?.frontMatter.summary ?? ""
            let pages = section.nodes.flatMap { HandbookTree.playbooks(in: $0) }
            let shown = compact ? Array(pages.prefix(Self.cardsPerSection)) : pages
            return Section(index: index + 1, title: navigation.sectionTitle(section), href: section.indexPath,
                           summary: summary, hasSummary: !summary.isEmpty,
                           cards: shown.map { HandbookCard($0, title: $0.title, kpis: kpis, labels: navigation.labels) },
                           more: navigation.labels.allPages.replacingOccurrences(of: "{n}", with: String(pages.count)),
                           hasMore: shown.count < pages.count)
        }
    }
}
