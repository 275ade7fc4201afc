import SiyuMetrics

/// `index.html`: the period's KPI cards by family, with change, target status, sparkline and playbook links.
struct OverviewPage {
    struct Card {
        var id, name, value, previous, change, arrow, changeClass, definition, statusClass, sparkline: String
        var statusText: String?
        var breached: Bool
        var playbooks: [LinkModel]
        // Stored, not computed: swift-mustache reads view models through Mirror, which sees stored properties only.
        var hasPlaybooks: Bool
    }

    struct Family {
        var id: String
        var title: String
        var cards: [Card]
    }

    struct Alert {
        var name, value, targetText: String
        var playbooks: [LinkModel]
    }

    var heading: String
    var periodText: String
    var families: [Family]
    var alerts: [Alert]
    var hasAlerts: Bool
    var root: String
    var t: Labels

    init(context: RenderContext) {
        let language = context.language
        let presenter = KPIPresenter(language: language)
        let report = context.report
        root = ""
        t = Labels(language)
        heading = context.siteTitle
        periodText = language.pick(
            "\(report.period.label) 期报告，对比上期 \(report.previousPeriod.label)；数据截至 \(context.asOfDay)（\(report.timeZone)）。",
            "Report for \(report.period.label), compared with \(report.previousPeriod.label); data as of \(context.asOfDay) (\(report.timeZone)).")

        families = KPIFamily.allCases.compactMap { family in
            let cards = report.kpis.filter { $0.definition.family == family }.map { kpi -> Card in
                let shown = presenter.present(kpi)
                return Card(id: shown.id, name: shown.name, value: shown.value, previous: shown.previous,
                            change: shown.change, arrow: shown.arrow, changeClass: shown.changeClass,
                            definition: shown.definition, statusClass: shown.statusClass,
                            sparkline: Sparkline.svg(kpi.trend.map(\.value),
                                                     label: language.pick("\(shown.name)近 \(kpi.trend.count) 期趋势",
                                                                          "\(shown.name), last \(kpi.trend.count) periods")),
                            statusText: shown.statusText, breached: shown.breached,
                            playbooks: context.playbookLinks(for: kpi.id),
                            hasPlaybooks: !context.playbookLinks(for: kpi.id).isEmpty)
            }
            return cards.isEmpty ? nil : Family(id: family.rawValue, title: Labels.family(family, language), cards: cards)
        }
        alerts = report.breaches.map { kpi in
            let shown = presenter.present(kpi)
            return Alert(name: shown.name, value: shown.value, targetText: shown.statusText ?? "",
                         playbooks: context.playbookLinks(for: kpi.id))
        }
        hasAlerts = !alerts.isEmpty
    }
}
