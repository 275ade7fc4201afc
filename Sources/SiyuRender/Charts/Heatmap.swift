/// A matrix of shaded cells, for retention cohorts (rows = cohorts, columns = periods since the add) and flows
/// between layers. A `nil` cell is blank — censored or not applicable — never a zero.
package enum Heatmap {
    package struct Row: Sendable, Hashable {
        package var label: String
        /// A second label column, such as the cohort size.
        package var note: String?
        package var values: [Double?]
        package var suppressed: Set<Int>

        package init(label: String, note: String? = nil, values: [Double?], suppressed: Set<Int> = []) {
            self.label = label
            self.note = note
            self.values = values
            self.suppressed = suppressed
        }
    }

    /// `spec.labels` name the columns; `noteTitle` heads the note column.
    package static func svg(_ spec: ChartSpec, rows: [Row], noteTitle: String? = nil) -> String {
        let columns = spec.labels.count
        let labelWidth = min((rows.map { SVG.textWidth($0.label, size: 11) }.max() ?? 0) + 10, 120)
        let noteWidth = rows.contains { $0.note != nil } ? max((rows.compactMap(\.note).map { SVG.textWidth($0, size: 11) }.max() ?? 0),
                                                             SVG.textWidth(noteTitle ?? "", size: 11)) + 14 : 0
        let left = labelWidth + noteWidth
        let cellWidth = (spec.width - left - 4) / Double(max(columns, 1))
        let cellHeight = 24.0, top = 24.0
        let height = top + cellHeight * Double(rows.count) + 6
        // Shade over the observed range, so retention matrices (all 60–95%, say) still show their gradient.
        let known = rows.flatMap { row in row.values.indices.compactMap { row.suppressed.contains($0) ? nil : row.values[$0] } }
            .filter(\.isFinite)
        let highest = known.max() ?? 0
        let lowest = min(known.min() ?? 0, highest * 0.5)
        var svg = SVG.open("heatmap", width: spec.width, height: height, title: spec.title)
        if let noteTitle, noteWidth > 0 {
            svg += SVG.text(noteTitle, x: labelWidth + noteWidth - 8, y: 16, anchor: "end")
        }
        for (index, label) in spec.labels.enumerated() {
            svg += SVG.text(label, x: left + cellWidth * (Double(index) + 0.5), y: 16, anchor: "middle")
        }
        let showValues = cellWidth >= 34
        for (rowIndex, row) in rows.enumerated() {
            let y = top + cellHeight * Double(rowIndex)
            svg += SVG.text(SVG.fit(row.label, width: labelWidth - 10, size: 11), x: 0, y: y + 16, cls: "category")
            if let note = row.note {
                svg += SVG.text(note, x: labelWidth + noteWidth - 8, y: y + 16, anchor: "end")
            }
            for column in 0..<columns {
                let x = left + cellWidth * Double(column)
                let name = spec.longLabel(column)
                if row.suppressed.contains(column) {
                    let tip = SVG.tip([row.label + " · " + name, spec.suppressedText])
                    svg += SVG.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, cls: "cell suppressed",
                                    extra: " rx=\"3\"" + tip.attribute, content: tip.title)
                    svg += SVG.text(spec.suppressedText, x: x + cellWidth / 2, y: y + 16, anchor: "middle", cls: "cell-value")
                    continue
                }
                guard let value = row.values[safe: column] ?? nil, value.isFinite else { continue }
                let strength = highest > lowest ? (value - lowest) / (highest - lowest) : (highest > 0 ? 1 : 0)
                let opacity = 0.08 + 0.84 * max(0, min(strength, 1))
                let text = spec.format.value(value)
                let tip = SVG.tip([row.label + " · " + name, text])
                svg += SVG.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, cls: "cell",
                                extra: " rx=\"3\" fill-opacity=\"\(NumberFormat.fixed(opacity, decimals: 2))\"" + tip.attribute,
                                content: tip.title)
                if showValues {
                    svg += SVG.text(text, x: x + cellWidth / 2, y: y + 16, anchor: "middle",
                                    cls: opacity > 0.55 ? "cell-value strong" : "cell-value")
                }
            }
        }
        return svg + "</svg>"
    }
}
