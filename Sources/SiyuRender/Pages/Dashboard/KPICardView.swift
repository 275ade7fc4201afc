import SiyuMetrics

/// One KPI card: value, change (arrow and colour respect the KPI's direction), previous value, target status,
/// 12-period sparkline, the catalogue's "how it is computed" note, and the playbooks that declare the KPI.
struct KPICardView {
    var id, name, value, previous, change, arrow, changeClass, changeLabel, definition, statusClass, sparkline: String
    /// The variant and window the engine used (KPIS.md asks every page to print it); empty when there is no choice.
    var variant: String
    var hasVariant: Bool
    // Stored flags, not optionals: a nil value would make Mustache look the name up in the enclosing context.
    var statusText: String
    var hasStatus: Bool
    var breached: Bool
    /// The KPI on its family page (`pool.html#kpi-pool_new`), for the overview; empty on the family page itself.
    var detailHref: String
    var hasDetail: Bool
    /// The first few playbooks that declare the KPI, then "+N more" (a search for the rest).
    var playbooks: PlaybookLinks
    /// The note is open on family pages and folded on the overview.
    var openNote: Bool

    init(_ kpi: KPIResult, context: RenderContext, linkToFamily: Bool) {
        let language = context.language
        let shown = KPIPresenter(language: language).present(kpi)
        id = shown.id
        name = shown.name
        let hidden = "<\(context.minGroupSize)"
        func text(_ number: Double?, _ formatted: String) -> String {
            if PeopleCount.isHidden(kpi.definition, number, minGroupSize: context.minGroupSize) { return hidden }
            if kpi.definition.unit == .ratio, let number, number.isFinite { return CellText(language: language).ratio(number) }
            return formatted
        }
        value = text(kpi.value, shown.value)
        previous = text(kpi.previous, shown.previous)
        change = shown.change
        arrow = shown.arrow
        changeClass = shown.changeClass
        let direction: String
        switch shown.changeClass {
        case "good": direction = language.pick("向好", "favourable")
        case "bad": direction = language.pick("变差", "unfavourable")
        default: direction = language.pick("持平或无法比较", "flat or not comparable")
        }
        changeLabel = language.pick("较上期 \(shown.change)，\(direction)", "\(shown.change) vs previous, \(direction)")
        definition = shown.definition
        variant = language.pick(kpi.variantZh ?? "", kpi.variantEn ?? "")
        hasVariant = !variant.isEmpty
        statusClass = shown.statusClass
        statusText = shown.statusText ?? ""
        hasStatus = shown.statusText != nil
        breached = shown.breached
        let points = kpi.trend.count
        sparkline = Sparkline.svg(kpi.trend.map(\.value),
                                  label: language.pick("\(shown.name)近 \(points) 期趋势", "\(shown.name), last \(points) periods"))
        detailHref = linkToFamily ? "\(kpi.definition.family.rawValue).html#kpi-\(kpi.id)" : ""
        hasDetail = linkToFamily
        playbooks = context.cappedPlaybookLinks(for: kpi.id)
        openNote = !linkToFamily
    }
}
