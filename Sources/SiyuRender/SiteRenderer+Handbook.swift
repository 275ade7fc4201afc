import SiyuContent
import SiyuCore

/// The handbook half of the site: `playbooks/index.html`, one index page per section, one page per playbook,
/// the print edition `playbooks/print.html`, and the search page `search.html`, plus their search entries.
extension SiteRenderer {
    /// One handbook page to render; the pages are independent, so they are rendered on every core.
    private enum HandbookJob: Sendable {
        case index, section(Int), playbook(Int), print, search
    }

    /// Renders every handbook page, framed (output path → bytes, in a fixed order), and adds the handbook's entries
    /// to `search`; problems are unknown KPI or shortcode ids (each at its file and line) and template errors.
    func renderHandbook(_ context: RenderContext, renderer: TemplateRenderer, labels: Labels,
                        search: inout SearchIndexBuilder) -> (pages: [(String, [UInt8])], problems: [Diagnostic]) {
        let tree = context.handbook
        let navigation = HandbookNavigation(tree: tree, labels: labels)
        let kpis = HandbookKPIs(context: context)
        var problems = kpis.problems(context.playbooks)

        // Shortcodes filled once per body; the print edition's copy has the same shortcodes at the same places.
        let shortcodes = ShortcodeRenderer(context: context)
        var filled: [String: String] = [:]
        var printFilled: [String: String] = [:]
        for playbook in tree.allPlaybooks {
            do {
                filled[playbook.slug] = try shortcodes.fill(playbook)
                var printCopy = playbook
                printCopy.html = playbook.printHTML
                printFilled[playbook.slug] = try shortcodes.fill(printCopy)
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { return ([], problems) }
        let bodies = filled, printBodies = printFilled

        // Models become dictionaries before rendering: much faster lookups, the same names (TemplateModel.swift).
        let flatLabels = FlatModel(TemplateModel.flatten(labels))
        let builtInTree = HandbookSidebar.templates.allSatisfy { templates.files[$0] == TemplateSet.builtIn.files[$0] }
        let sidebar = HandbookSidebar(navigation: navigation, renderer: renderer, flatLabels: flatLabels.value,
                                      builtInTree: builtInTree)
        let frames = LayoutFrames(builtInLayout: templates.files["layout.mustache"] == TemplateSet.builtIn.files["layout.mustache"]) {
            root, title, navCurrent, content throws(Diagnostic) in
            try framed(context, renderer: renderer, labels: labels, flatLabels: flatLabels.value, root: root, title: title,
                       navCurrent: navCurrent, content: content)
        }
        let reading = navigation.reading
        // Pages whose templates are the built-in ones are written by equivalent Swift code (`…+HTML.swift`).
        func builtIn(_ names: [String]) -> Bool { names.allSatisfy { templates.files[$0] == TemplateSet.builtIn.files[$0] } }
        let builtInPlaybook = builtIn([PlaybookPage.template])
        let builtInSection = builtIn(HandbookSectionPage.templates), builtInPrint = builtIn([HandbookPrintPage.template])
        @Sendable func page(_ path: String, _ title: String, _ navCurrent: String, _ template: String, _ model: Any) throws(Diagnostic) -> (String, [UInt8]) {
            let content = try self.content(template, model, renderer: renderer, flatLabels: flatLabels.value)
            return (path, try frames.framed(root: rootPrefix(of: path), title: title, navCurrent: navCurrent, content: content))
        }
        @Sendable func render(_ job: HandbookJob) throws(Diagnostic) -> (String, [UInt8]) {
            switch job {
            case .index:
                let introHTML = tree.rootLanding.flatMap { bodies[$0.slug] } ?? ""
                let sidebarHTML = try sidebar.html(currentPath: "playbooks/index.html")
                return try page("playbooks/index.html", labels.handbook, "handbook", "handbook-index",
                                HandbookIndexPage(introHTML: introHTML, sidebarHTML: sidebarHTML, navigation: navigation, kpis: kpis))
            case .section(let index):
                let section = tree.sections[index]
                let sidebarHTML = try sidebar.html(currentPath: section.indexPath)
                let title = navigation.sectionTitle(section)
                let model = HandbookSectionPage(section, introHTML: section.landing.flatMap { bodies[$0.slug] } ?? "",
                                                sidebarHTML: sidebarHTML, navigation: navigation, kpis: kpis)
                guard builtInSection else { return try page(section.indexPath, title, "handbook", "handbook-section", model) }
                return (section.indexPath, try frames.framed(root: rootPrefix(of: section.indexPath), title: title,
                                                             navCurrent: "handbook", content: model.html()))
            case .playbook(let index):
                let playbook = reading[index]
                let sidebarHTML = try sidebar.html(currentPath: playbook.outputPath, current: playbook)
                let model = PlaybookPage(playbook, body: bodies[playbook.slug] ?? "", sidebarHTML: sidebarHTML,
                                         navigation: navigation, kpis: kpis)
                guard builtInPlaybook else { return try page(playbook.outputPath, playbook.title, "handbook", "playbook", model) }
                return (playbook.outputPath, try frames.framed(root: rootPrefix(of: playbook.outputPath), title: playbook.title,
                                                               navCurrent: "handbook", content: model.html()))
            case .print:
                let path = "playbooks/print.html", title = labels.handbook + " · " + labels.printEdition
                let model = HandbookPrintPage(navigation: navigation, bodies: printBodies, kpis: kpis)
                guard builtInPrint else { return try page(path, title, "handbook", "handbook-print", model) }
                return (path, try frames.framed(root: rootPrefix(of: path), title: title, navCurrent: "handbook",
                                                content: model.html()))
            case .search:
                return try page("search.html", labels.search, "search", "search", SearchPage(t: labels))
            }
        }
        // The print edition first: it is the biggest page, so it starts while the other core takes the rest.
        let jobs: [HandbookJob] = [.print, .index] + tree.sections.indices.map { .section($0) }
            + reading.indices.map { .playbook($0) } + [.search]
        var pages: [(String, [UInt8])] = []
        pages.reserveCapacity(jobs.count)
        for result in Parallel.map(jobs, { job in Result { () throws(Diagnostic) in try render(job) } }) {
            switch result {
            case .success(let page): pages.append(page)
            case .failure(let problem): problems.append(problem)
            }
        }

        let presenter = KPIPresenter(language: context.language)
        let entries = HandbookSearchEntries(navigation: navigation, kpiNames: KPISearchEntries.names(context)) { shortcode in
            guard shortcode.kind == .kpi, let kpi = context.report.kpi(shortcode.argument) else { return "" }
            return presenter.present(kpi).value
        }
        search.add(contentsOf: entries.entries())
        return (pages, problems)
    }

    /// The labels the search script shows next to each kind of result.
    static func searchKindLabels(_ language: Language) -> [SearchEntry.Kind: String] {
        [.handbook: language.pick("手册", "Handbook"), .kpi: language.pick("指标", "KPI"), .page: language.pick("看板", "Dashboard")]
    }
}

/// A model flattened by `TemplateModel.flatten`, shared by the threads rendering pages. `@unchecked Sendable`: it
/// holds only the immutable strings, numbers, arrays and dictionaries `flatten` builds, and nothing writes to it.
struct FlatModel: @unchecked Sendable {
    let value: Any

    init(_ value: Any) {
        self.value = value
    }
}
