/// A chart as a page shows it: caption, inline SVG (built by our own escaping code), an optional note, and the
/// same numbers as a table behind a disclosure — the chart's text alternative.
struct FigureView {
    var id: String
    /// `line`, `bar`, `hbar`, `heatmap`, `funnel` or `grid`: how the figure behaves on a narrow screen.
    var kind: String
    var title: String
    var svg: String
    var note: String
    var hasNote: Bool
    /// Spans the full width of the section grid (heatmaps, drawn on a wider canvas).
    var wide: Bool
    var data: TableView
}

/// Builds figures in the site's language. Returns nil when a chart would have nothing to draw, so pages can say
/// "no data" instead of an empty frame.
struct FigureFactory {
    let language: Language
    let suppressedText: String

    /// Half a desktop page wide: charts draw at about their on-screen size, so text stays near 11–12 px.
    static let width = 600.0
    static let wideWidth = 960.0
    /// Horizontal bars grow downwards with their rows; a narrower canvas keeps labels legible on phones.
    static let rowsWidth = 480.0

    private func spec(_ title: String, _ labels: [String], _ kind: PageTable.Kind, longLabels: [String]? = nil,
                      reference: ChartReference? = nil, width: Double = Self.width) -> ChartSpec {
        ChartSpec(title: title, labels: labels, format: .kind(kind, language), width: width, height: 260, reference: reference,
                  suppressedText: suppressedText, longLabels: longLabels)
    }

    private func figure(_ id: String, _ kind: String, _ spec: ChartSpec, svg: String, data: PageTable, note: String?,
                        wide: Bool) -> FigureView {
        FigureView(id: id, kind: kind, title: spec.title, svg: svg, note: note ?? "", hasNote: note != nil, wide: wide,
                   data: TableView(data, id: id + "-data", language: language, suppressedText: suppressedText,
                                   download: !data.id.isEmpty))
    }

    private static func hasData(_ series: [ChartSeries], count: Int) -> Bool {
        series.contains { line in (0..<count).contains { line.value($0) != nil || line.suppressed.contains($0) } }
    }

    func line(_ id: String, _ title: String, labels: [String], longLabels: [String]? = nil, series: [ChartSeries],
              kind: PageTable.Kind, categoryTitle: String, reference: ChartReference? = nil, note: String? = nil) -> FigureView? {
        guard Self.hasData(series, count: labels.count) else { return nil }
        let spec = spec(title, labels, kind, longLabels: longLabels, reference: reference)
        return figure(id, "line", spec, svg: LineChart.svg(spec, series),
                      data: ChartData.table(spec, series, kind: kind, categoryTitle: categoryTitle), note: note, wide: false)
    }

    func bars(_ id: String, _ title: String, labels: [String], longLabels: [String]? = nil, series: [ChartSeries],
              kind: PageTable.Kind, categoryTitle: String, orientation: BarChart.Orientation = .vertical, stacked: Bool = false,
              reference: ChartReference? = nil, note: String? = nil) -> FigureView? {
        guard Self.hasData(series, count: labels.count) else { return nil }
        let spec = spec(title, labels, kind, longLabels: longLabels, reference: reference,
                        width: orientation == .horizontal ? Self.rowsWidth : Self.width)
        let svg = stacked ? StackedBarChart.svg(spec, series, orientation: orientation)
                          : BarChart.svg(spec, series, orientation: orientation)
        return figure(id, orientation == .horizontal ? "hbar" : "bar", spec, svg: svg,
                      data: ChartData.table(spec, series, kind: kind, categoryTitle: categoryTitle),
                      note: note, wide: false)
    }

    func heatmap(_ id: String, _ title: String, columns: [String], longColumns: [String]? = nil, rows: [Heatmap.Row],
                 kind: PageTable.Kind, rowTitle: String, noteTitle: String? = nil, note: String? = nil, wide: Bool = true,
                 data: PageTable? = nil) -> FigureView? {
        guard rows.contains(where: { row in row.values.contains { $0 != nil } || !row.suppressed.isEmpty }) else { return nil }
        let spec = spec(title, columns, kind, longLabels: longColumns, width: wide ? Self.wideWidth : Self.width)
        return figure(id, "heatmap", spec, svg: Heatmap.svg(spec, rows: rows, noteTitle: noteTitle),
                      data: data ?? ChartData.table(spec, rows: rows, kind: kind, rowTitle: rowTitle, noteTitle: noteTitle),
                      note: note, wide: wide)
    }

    func funnel(_ id: String, _ title: String, stages: [FunnelChart.Stage], stageTitle: String, valueTitle: String,
                previousTitle: String, note: String? = nil) -> FigureView? {
        guard stages.contains(where: { ($0.value ?? 0) > 0 }) else { return nil }
        let spec = spec(title, stages.map(\.name), .count)
        return figure(id, "funnel", spec, svg: FunnelChart.svg(spec, stages: stages, previousLabel: previousTitle),
                      data: ChartData.table(spec, stages: stages, kind: .count, stageTitle: stageTitle, valueTitle: valueTitle,
                                            previousTitle: previousTitle),
                      note: note, wide: false)
    }

    func rfGrid(_ id: String, _ title: String, grid: [[Int]], names: [[String]], minGroupSize: Int, table: PageTable,
                rAxis: String, fAxis: String, note: String? = nil) -> FigureView? {
        guard grid.contains(where: { $0.contains { $0 > 0 } }) else { return nil }
        let spec = spec(title, (1...5).map { "F\($0)" }, .count)
        return figure(id, "grid", spec, svg: RFGrid.svg(spec, grid: grid, names: names, minGroupSize: minGroupSize, rAxis: rAxis, fAxis: fAxis),
                      data: table, note: note, wide: false)
    }
}
