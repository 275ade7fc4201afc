import SiyuMetrics

/// What every dashboard page builder shares: the context, the page tables (built once), figure and card
/// factories, the trend periods and their labels.
struct DashboardKit {
    let context: RenderContext
    let language: Language
    let labels: DashboardLabels
    let tables: [String: PageTable]
    let figures: FigureFactory
    let builder: PageTableBuilder
    let periods: [Period]
    let axisLabels: [String]
    let longLabels: [String]
    let suppressedText: String

    init(context: RenderContext, tables: [PageTable]) {
        self.context = context
        language = context.language
        labels = DashboardLabels(language)
        self.tables = Dictionary(tables.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        suppressedText = "<\(context.minGroupSize)"
        figures = FigureFactory(language: language, suppressedText: suppressedText)
        builder = PageTableBuilder(report: context.report, language: language, minGroupSize: context.minGroupSize,
                                   masker: context.masker)
        periods = context.report.kpis.first?.trend.map(\.period) ?? []
        let text = PeriodText(language: language)
        axisLabels = text.axis(periods)
        longLabels = periods.map(text.long)
    }

    func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    var report: Report { context.report }

    func cards(_ family: KPIFamily) -> [KPICardView] {
        report.kpis.filter { $0.definition.family == family }.map { KPICardView($0, context: context, linkToFamily: false) }
    }

    func kpiName(_ id: String) -> String {
        report.kpi(id).map { l($0.definition.nameZh, $0.definition.nameEn) } ?? id
    }

    /// A table shown on `page`, with its CSV download; the element id is unique across report.html.
    func table(_ id: String, on page: String, caption: String? = nil) -> TableView? {
        tables[id].map { TableView($0, id: "\(page)-table-\($0.id)", language: language, suppressedText: suppressedText, caption: caption) }
    }

    /// A people count as a chart value, suppressed under the threshold.
    func peopleSeries(_ name: String, _ counts: [Int]) -> ChartSeries {
        ChartSeries(name: name, values: counts.map { Double($0) },
                    suppressed: Set(counts.indices.filter { counts[$0] > 0 && counts[$0] < context.minGroupSize }))
    }

    /// KPIs over the trend periods as a line chart; a single KPI with a target gets the target as a dashed line.
    func trend(_ id: String, _ title: String, kpis ids: [String], note: String? = nil) -> FigureView? {
        let kpis = ids.compactMap(report.kpi)
        guard let first = kpis.first else { return nil }
        var reference: ChartReference?
        if kpis.count == 1, let target = first.target, let bound = target.max ?? target.min {
            let format = ChartFormat.kind(PageTable.Kind(first.definition.unit), language)
            reference = ChartReference(value: bound, label: labels.target + (target.max != nil ? " ≤ " : " ≥ ") + format.value(bound))
        }
        return figures.line(id, title, labels: axisLabels, longLabels: longLabels,
                            series: kpis.map { ChartSeries(name: l($0.definition.nameZh, $0.definition.nameEn), values: $0.trend.map(\.value)) },
                            kind: PageTable.Kind(first.definition.unit), categoryTitle: labels.period, reference: reference,
                            note: note)
    }

    /// One KPI over the trend periods as bars (stocks and counts read better as bars).
    func trendBars(_ id: String, _ title: String, kpi: String, note: String? = nil) -> FigureView? {
        guard let result = report.kpi(kpi) else { return nil }
        return figures.bars(id, title, labels: axisLabels, longLabels: longLabels,
                            series: [ChartSeries(name: l(result.definition.nameZh, result.definition.nameEn),
                                                 values: result.trend.map(\.value))],
                            kind: PageTable.Kind(result.definition.unit), categoryTitle: labels.period, note: note)
    }

    func section(_ id: String, _ title: String, intro: String? = nil, facts: [DashboardPage.Fact] = [], factsTable: String? = nil,
                 figures: [FigureView?] = [], tables: [TableView?] = []) -> DashboardPage.Section {
        let shownFigures = figures.compactMap { $0 }
        let shownTables = tables.compactMap { $0 }
        return DashboardPage.Section(id: id, title: title, intro: intro ?? "", hasIntro: intro != nil, facts: facts, hasFacts: !facts.isEmpty,
                                     factsDownload: factsTable.map { "data/\($0).csv" } ?? "", hasFactsDownload: factsTable != nil,
                                     figures: shownFigures, hasFigures: !shownFigures.isEmpty, tables: shownTables,
                                     empty: facts.isEmpty && shownFigures.isEmpty && shownTables.allSatisfy { !$0.hasRows })
    }

    func fact(_ label: String, _ value: Double?, _ kind: PageTable.Kind, note: String? = nil) -> DashboardPage.Fact {
        DashboardPage.Fact(label: label, value: CellText(language: language).text(value, kind), note: note)
    }

    func page(_ id: String, intro: String, sections: [DashboardPage.Section]) -> DashboardPage {
        let entry = DashboardCatalog.pages.first { $0.id == id }
        let cards = entry?.family.map(self.cards) ?? []
        var downloads = [LinkModel(title: labels.downloadJSON, href: "data/kpis.json")]
        for section in sections {
            if section.hasFactsDownload {
                downloads.append(LinkModel(title: section.title + " (CSV)", href: section.factsDownload))
            }
            for table in section.tables + section.figures.map(\.data) {
                if table.hasDownload, !downloads.contains(where: { $0.href == table.download }) {
                    downloads.append(LinkModel(title: table.caption + " (CSV)", href: table.download))
                }
            }
        }
        return DashboardPage(
            id: id, eyebrow: l("私域看板", "Dashboard") + " · " + PeriodText(language: language).long(report.period),
            heading: DashboardCatalog.name(id, language), intro: intro, cards: cards, hasCards: !cards.isEmpty,
            sections: sections, toc: sections.map { LinkModel(title: $0.title, href: "#" + $0.id) }, downloads: downloads,
            archive: .none, isArchived: false, root: "", t: Labels(language), d: labels)
    }
}
