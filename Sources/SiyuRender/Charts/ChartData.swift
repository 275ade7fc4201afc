/// The numbers behind a chart as a table: the text alternative shown under each chart in a disclosure, so the
/// data reads without the picture (screen readers, copy and paste, print).
package enum ChartData {
    /// Categories as rows, one column per series.
    package static func table(_ spec: ChartSpec, _ series: [ChartSeries], kind: PageTable.Kind, categoryTitle: String) -> PageTable {
        PageTable(
            id: "", title: spec.title,
            columns: [.init("category", categoryTitle, .text)] + series.enumerated().map { .init("s\($0.offset)", $0.element.name, kind) },
            rows: spec.labels.indices.map { index in
                [.text(spec.longLabel(index))] + series.map { line in
                    line.suppressed.contains(index) ? .suppressed : .number(line.value(index))
                }
            })
    }

    /// A heatmap's rows and columns as they are drawn; blank (censored) cells stay empty.
    package static func table(_ spec: ChartSpec, rows: [Heatmap.Row], kind: PageTable.Kind, rowTitle: String,
                              noteTitle: String? = nil) -> PageTable {
        let hasNote = noteTitle != nil
        return PageTable(
            id: "", title: spec.title,
            columns: [.init("row", rowTitle, .text)] + (hasNote ? [.init("note", noteTitle ?? "", .text)] : [])
                + spec.labels.indices.map { .init("c\($0)", spec.longLabel($0), kind) },
            rows: rows.map { row in
                [.text(row.label)] + (hasNote ? [.text(row.note ?? "")] : [])
                    + spec.labels.indices.map { column in
                        row.suppressed.contains(column) ? .suppressed : .number(row.values[safe: column] ?? nil)
                    }
            })
    }

    /// Funnel stages with this period's and the previous period's sizes.
    package static func table(_ spec: ChartSpec, stages: [FunnelChart.Stage], kind: PageTable.Kind, stageTitle: String,
                              valueTitle: String, previousTitle: String) -> PageTable {
        PageTable(
            id: "", title: spec.title,
            columns: [.init("stage", stageTitle, .text), .init("value", valueTitle, kind), .init("previous", previousTitle, kind)],
            rows: stages.map { stage in
                [.text(stage.name), stage.suppressed ? .suppressed : .number(stage.value),
                 stage.previousSuppressed ? .suppressed : .number(stage.previous)]
            })
    }
}
