import SiyuContent
import SiyuCore

/// The handbook half of the site: `playbooks/index.html`, one index page per section, one page per playbook,
/// the print edition `playbooks/print.html`, and the search page `search.html`, plus their search entries.
extension SiteRenderer {
    /// Registers a page: output path, `<title>`, current top-nav item, template, view model.
    typealias PageSink = (_ path: String, _ title: String, _ navCurrent: String, _ template: String, _ model: Any) -> Void

    /// Renders the handbook through `page` and adds its entries to `search`; returns the problems found
    /// (unknown KPI or shortcode ids, each at its file and line).
    func renderHandbook(_ context: RenderContext, labels: Labels, search: inout SearchIndexBuilder,
                        page unflattened: PageSink) -> [Diagnostic] {
        // Models become dictionaries before rendering: much faster lookups, the same names (TemplateModel.swift).
        func page(_ path: String, _ title: String, _ navCurrent: String, _ template: String, _ model: Any) {
            unflattened(path, title, navCurrent, template, TemplateModel.flatten(model))
        }
        let tree = HandbookTree(context.playbooks)
        let navigation = HandbookNavigation(tree: tree, labels: labels)
        let kpis = HandbookKPIs(context: context)
        var problems = kpis.problems(context.playbooks)

        // Shortcodes filled once per body; the print edition's copy has the same shortcodes at the same places.
        let shortcodes = ShortcodeRenderer(context: context)
        var bodies: [String: String] = [:]
        var printBodies: [String: String] = [:]
        for playbook in tree.allPlaybooks {
            do {
                bodies[playbook.slug] = try shortcodes.fill(playbook)
                var printCopy = playbook
                printCopy.html = playbook.printHTML
                printBodies[playbook.slug] = try shortcodes.fill(printCopy)
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { return problems }

        let introHTML = tree.rootLanding.flatMap { bodies[$0.slug] } ?? ""
        page("playbooks/index.html", labels.handbook, "handbook", "handbook-index",
             HandbookIndexPage(introHTML: introHTML, navigation: navigation, kpis: kpis))
        for section in tree.sections {
            page(section.indexPath, navigation.sectionTitle(section), "handbook", "handbook-section",
                 HandbookSectionPage(section, introHTML: section.landing.flatMap { bodies[$0.slug] } ?? "",
                                     navigation: navigation, kpis: kpis))
        }
        for playbook in navigation.reading {
            page(playbook.outputPath, playbook.title, "handbook", "playbook",
                 PlaybookPage(playbook, body: bodies[playbook.slug] ?? "", navigation: navigation, kpis: kpis))
        }
        page("playbooks/print.html", labels.handbook + " · " + labels.printEdition, "handbook", "handbook-print",
             HandbookPrintPage(navigation: navigation, bodies: printBodies, kpis: kpis))
        page("search.html", labels.search, "search", "search", SearchPage(t: labels))

        let presenter = KPIPresenter(language: context.language)
        let entries = HandbookSearchEntries(navigation: navigation, kpiNames: KPISearchEntries.names(context)) { shortcode in
            guard shortcode.kind == .kpi, let kpi = context.report.kpi(shortcode.argument) else { return "" }
            return presenter.present(kpi).value
        }
        search.add(contentsOf: entries.entries())
        return []
    }

    /// The labels the search script shows next to each kind of result.
    static func searchKindLabels(_ language: Language) -> [SearchEntry.Kind: String] {
        [.handbook: language.pick("手册", "Handbook"), .kpi: language.pick("指标", "KPI"), .page: language.pick("看板", "Dashboard")]
    }
}
