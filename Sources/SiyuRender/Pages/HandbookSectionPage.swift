import SiyuContent

/// `playbooks/<section>/index.html`: a section's introduction (its folder's `_index.md` or `index.md`) and its
/// pages with summary, owner, cadence and KPIs.
struct HandbookSectionPage {
    struct Group {
        var id: String
        var title: String
        var hasTitle: Bool
        var cards: [HandbookCard]
    }

    var title: String
    var summary: String
    var hasSummary: Bool
    var introHTML: String
    var hasIntroHTML: Bool
    var kpis: [HandbookKPIs.Chip]
    var hasKPIs: Bool
    var groups: [Group]
    var showKPIs = true
    var sidebarHTML: String
    var breadcrumbs: [HandbookNavigation.Crumb]
    var root: String
    var t: Labels

    init(_ section: HandbookTree.Section, introHTML: String, sidebarHTML: String, navigation: HandbookNavigation,
         kpis: HandbookKPIs) {
        let labels = navigation.labels
        title = navigation.sectionTitle(section)
        let count = section.nodes.flatMap { HandbookCard.cards($0, kpis: kpis, labels: labels) }.count
        summary = section.landing?.frontMatter.summary
            ?? kpis.context.language.pick("本章 \(count) 篇，按阅读顺序排列。", "\(count) playbooks, in reading order.")
        hasSummary = !summary.isEmpty
        self.introHTML = introHTML
        hasIntroHTML = !introHTML.isEmpty
        self.kpis = section.landing.map(kpis.chips) ?? []
        hasKPIs = !self.kpis.isEmpty
        self.sidebarHTML = sidebarHTML
        breadcrumbs = [HandbookNavigation.Crumb(title: labels.handbook, href: "playbooks/index.html", hasHref: true)]
        root = rootPrefix(of: section.indexPath)
        t = labels
        // Pages at the section's top level first, then one group per folder (its pages flattened).
        func cards(_ nodes: [HandbookTree.Node]) -> [HandbookCard] {
            nodes.flatMap { HandbookCard.cards($0, kpis: kpis, labels: labels) }
        }
        let groups = [Group(id: "", title: "", hasTitle: false, cards: cards(section.nodes.filter { !$0.isFolder }))]
            + section.nodes.filter(\.isFolder).map {
                Group(id: HandbookNavigation.groupID($0.folder ?? ""), title: $0.title, hasTitle: true, cards: cards([$0]))
            }
        self.groups = groups.filter { !$0.cards.isEmpty }
    }
}
