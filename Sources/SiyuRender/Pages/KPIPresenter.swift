import SiyuMetrics

/// How one KPI result reads on a page: formatted value, change with arrow and a class that respects direction.
struct KPIPresentation {
    var id: String
    var name: String
    var value: String
    var previous: String
    var change: String
    var arrow: String
    var changeClass: String
    var definition: String
    var statusText: String?
    var statusClass: String
    var breached: Bool
}

struct KPIPresenter {
    let language: Language
    let format: NumberFormat

    init(language: Language) {
        self.language = language
        format = NumberFormat(language: language)
    }

    func present(_ kpi: KPIResult) -> KPIPresentation {
        let definition = kpi.definition
        let change = kpi.change
        let arrow = change.map { $0.value > 0 ? "▲" : $0.value < 0 ? "▼" : "■" } ?? ""
        let favourable = kpi.movedFavourably
        var statusText: String?
        if let status = kpi.status, let target = kpi.target {
            let bound = [target.min.map { "≥ " + format.value($0, unit: definition.unit) },
                         target.max.map { "≤ " + format.value($0, unit: definition.unit) }].compactMap { $0 }.joined(separator: ", ")
            statusText = status == .ok ? language.pick("达标", "On target") + " (\(bound))"
                                       : language.pick("未达标", "Off target") + " (\(bound))"
        }
        return KPIPresentation(
            id: definition.id, name: language.pick(definition.nameZh, definition.nameEn),
            value: format.value(kpi.value, unit: definition.unit),
            previous: format.value(kpi.previous, unit: definition.unit),
            change: format.change(change), arrow: arrow,
            changeClass: favourable.map { $0 ? "good" : "bad" } ?? "flat",
            definition: language.pick(definition.definitionZh, definition.definitionEn),
            statusText: statusText, statusClass: kpi.status?.rawValue ?? "", breached: kpi.status == .breached)
    }
}
