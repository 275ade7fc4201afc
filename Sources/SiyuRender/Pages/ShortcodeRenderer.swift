import SiyuContent
import SiyuCore
import SiyuMetrics

/// Fills a playbook's shortcode placeholders with live figures. An id the report does not know is an error at
/// the shortcode's file and line.
package struct ShortcodeRenderer {
    let context: RenderContext
    let presenter: KPIPresenter

    init(context: RenderContext) {
        self.context = context
        presenter = KPIPresenter(language: context.language)
    }

    /// Chart ids a `{{< chart >}}` shortcode accepts, with the KPIs each draws.
    package static let charts: [String: [String]] = [
        "pool_trend": ["pool_new", "pool_lost", "pool_net"],
        "gmv_trend": ["gmv_gross", "gmv_net"],
        "repurchase_trend": ["repurchase_rate", "repurchase_rate_cross"],
        "active_trend": ["active_rate"],
    ]

    func fill(_ playbook: Playbook) throws(DiagnosticList) -> String {
        var html = playbook.html
        var problems: [Diagnostic] = []
        for shortcode in playbook.shortcodes {
            do {
                let rendered = try render(shortcode)
                // A chart or table is a block: on a line of its own it replaces cmark's paragraph around it, since
                // a <figure> or <div> inside <p> is invalid HTML (the parser closes the <p> early).
                // Searched as bytes: Foundation's `replacingOccurrences` (Unicode-aware, through UTF-16) was 0.35 G
                // of the 14.5 G instructions of an S=1 build, whose bundled playbooks hold 90 shortcodes.
                if shortcode.kind != .kpi {
                    html = html.replacingAllUTF8("<p>\(shortcode.placeholder)</p>", with: rendered)
                }
                html = html.replacingAllUTF8(shortcode.placeholder, with: rendered)
            } catch {
                problems.append(error)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return html
    }

    private func render(_ shortcode: Shortcode) throws(Diagnostic) -> String {
        switch shortcode.kind {
        case .kpi:
            guard let kpi = context.report.kpi(shortcode.argument) else {
                throw .error(at: shortcode.location, "unknown KPI id \"\(shortcode.argument)\"",
                             hint: "known ids: " + context.report.kpis.map(\.id).joined(separator: ", "))
            }
            let shown = presenter.present(kpi)
            return "<span class=\"kpi-inline\" title=\"\(HTML.escape(shown.name))\"><strong>\(HTML.escape(shown.value))</strong>"
                + "<span class=\"change \(shown.changeClass)\">\(shown.arrow) \(HTML.escape(shown.change))</span></span>"
        case .chart:
            guard let ids = Self.charts[shortcode.argument] else {
                throw .error(at: shortcode.location, "unknown chart id \"\(shortcode.argument)\"",
                             hint: "known charts: " + Self.charts.keys.sorted().joined(separator: ", "))
            }
            return chart(ids: ids, title: shortcode.argument)
        case .segments:
            let tables = SegmentTables(segments: context.report.segments, language: context.language,
                                       minGroupSize: context.minGroupSize)
            switch shortcode.argument.lowercased() {
            case "rfm": return tables.rfmTable()
            case "5a": return tables.fiveATable()
            default:
                throw .error(at: shortcode.location, "unknown segments id \"\(shortcode.argument)\"", hint: "use rfm or 5a")
            }
        }
    }

    private func chart(ids: [String], title: String) -> String {
        let kpis = ids.compactMap(context.report.kpi)
        guard let first = kpis.first else { return "" }
        let format = NumberFormat(language: context.language)
        let unit = first.definition.unit
        let chart = LineChart(
            title: kpis.map { presenter.present($0).name }.joined(separator: " / "),
            labels: first.trend.map(\.period.label),
            series: kpis.map { LineChart.Series(name: presenter.present($0).name, values: $0.trend.map(\.value)) },
            format: { format.value($0, unit: unit) })
        return "<figure class=\"figure\">\(chart.svg())</figure>"
    }
}
