import SiyuContent
import SiyuCore
import SiyuMetrics

/// The KPIs a playbook declares (`kpis:` in front matter), as chips linking to their cards, and as alerts when
/// one is off target this period: the handbook side of SPEC §4's cross-links.
struct HandbookKPIs: Sendable {
    struct Chip {
        var id, name, value, change, arrow, changeClass, statusClass, statusText: String
        var breached: Bool
        var hasStatus: Bool
        /// Where the KPI's card is, from the site root.
        var href: String
    }

    struct Alert {
        var name, value, statusText, href: String
    }

    let context: RenderContext
    let presenter: KPIPresenter
    /// Each KPI's chip, presented once: a playbook's chips appear on its page, its section's page, the print
    /// edition and the index, and presenting them afresh each time (a linear search of the catalogue and number
    /// formatting) was 3% of a 10,000-playbook build. The first KPI of an id, as `Report.kpi` finds it.
    private let chipsByID: [String: Chip]

    init(context: RenderContext) {
        self.context = context
        let presenter = KPIPresenter(language: context.language)
        self.presenter = presenter
        var chips: [String: Chip] = [:]
        for kpi in context.report.kpis where chips[kpi.id] == nil {
            let shown = presenter.present(kpi)
            chips[kpi.id] = Chip(id: shown.id, name: shown.name, value: shown.value, change: shown.change, arrow: shown.arrow,
                                 changeClass: shown.changeClass, statusClass: shown.statusClass,
                                 statusText: shown.statusText ?? "", breached: shown.breached,
                                 hasStatus: shown.statusText != nil, href: Self.href(shown.id))
        }
        chipsByID = chips
    }

    /// The page a KPI is explained on. The overview holds every KPI card today.
    static func href(_ id: String) -> String { "index.html#kpi-\(id)" }

    func chips(_ playbook: Playbook) -> [Chip] {
        playbook.frontMatter.kpis.compactMap { chipsByID[$0] }
    }

    func alerts(_ playbook: Playbook) -> [Alert] {
        chips(playbook).filter(\.breached).map { Alert(name: $0.name, value: $0.value, statusText: $0.statusText, href: $0.href) }
    }

    /// A declared KPI the catalogue does not know is an error at the `kpis:` line.
    func problems(_ playbooks: [Playbook]) -> [Diagnostic] {
        let known = Set(context.report.kpis.map(\.id))
        return playbooks.flatMap { playbook in
            playbook.frontMatter.kpis.filter { !known.contains($0) }.map { id in
                Diagnostic.error(at: playbook.frontMatter.keyLocations["kpis"] ?? SourceLocation(file: playbook.sourcePath),
                                 "unknown KPI id \"\(id)\" in kpis",
                                 hint: "known ids: " + context.report.kpis.map(\.id).joined(separator: ", "))
            }
        }
    }
}
