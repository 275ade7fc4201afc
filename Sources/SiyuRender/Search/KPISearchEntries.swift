import SiyuMetrics

/// Search entries for the KPIs of the period: name, definition and this period's value, linking to the card.
/// Both names and the id are searchable whatever the site's language (`repurchase`, `复购率`).
enum KPISearchEntries {
    static func entries(_ context: RenderContext, labels: Labels) -> [SearchEntry] {
        let language = context.language
        let presenter = KPIPresenter(language: language)
        return context.report.kpis.map { kpi in
            let shown = presenter.present(kpi)
            let definition = kpi.definition
            let value = language.pick("本期 \(shown.value)，\(labels.vsPrevious) \(shown.previous)",
                                      "This period \(shown.value), \(labels.vsPrevious) \(shown.previous)")
            return SearchEntry(kind: .kpi, title: shown.name,
                               context: labels.overview + " › " + Labels.family(definition.family, language),
                               href: HandbookKPIs.href(kpi.id),
                               text: [value, shown.statusText ?? "", shown.definition].filter { !$0.isEmpty }.joined(separator: " · "),
                               keywords: [definition.id, definition.nameZh, definition.nameEn].joined(separator: " "))
        }
    }

    /// KPI id → "中文名 English name", for finding playbooks by the KPIs they declare.
    static func names(_ context: RenderContext) -> [String: String] {
        Dictionary(context.report.kpis.map { ($0.id, $0.definition.nameZh + " " + $0.definition.nameEn) }) { first, _ in first }
    }
}
