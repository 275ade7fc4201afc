import SiyuContent

/// One playbook as a card on the handbook and section index pages.
struct HandbookCard {
    var title, href, summary: String
    var hasSummary: Bool
    var meta: [PlaybookPage.MetaItem]
    var hasMeta: Bool
    var kpis: [HandbookKPIs.Chip]
    var hasKPIs: Bool
    var breached: Bool

    init(_ playbook: Playbook, title: String, kpis: HandbookKPIs, labels: Labels) {
        self.title = title
        href = playbook.outputPath
        summary = playbook.frontMatter.summary ?? ""
        hasSummary = !summary.isEmpty
        meta = PlaybookPage.meta(playbook, labels: labels, language: kpis.context.language)
        hasMeta = !meta.isEmpty
        self.kpis = kpis.chips(playbook)
        hasKPIs = !self.kpis.isEmpty
        breached = self.kpis.contains(where: \.breached)
    }

    /// A node's page and, for a folder, every page in it, in reading order.
    static func cards(_ node: HandbookTree.Node, kpis: HandbookKPIs, labels: Labels) -> [HandbookCard] {
        (node.playbook.map { [HandbookCard($0, title: node.title, kpis: kpis, labels: labels)] } ?? [])
            + node.children.flatMap { cards($0, kpis: kpis, labels: labels) }
    }
}
