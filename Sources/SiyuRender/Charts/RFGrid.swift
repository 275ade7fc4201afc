/// The R×F grid: recency score 5 (most recent) at the top down to 1, frequency score 1 to 5 left to right; each
/// cell shaded by its customers and named by its RF segment. Cells under the privacy threshold show "<5".
package enum RFGrid {
    /// `grid[r − 1][f − 1]` customers; `names[r − 1][f − 1]` the named segment of each cell.
    package static func svg(_ spec: ChartSpec, grid: [[Int]], names: [[String]], minGroupSize: Int,
                            rAxis: String, fAxis: String) -> String {
        let left = 64.0, top = 8.0, bottomRoom = 44.0
        let cellWidth = (spec.width - left - 4) / 5
        let cellHeight = 58.0
        let height = top + cellHeight * 5 + bottomRoom
        let highest = grid.flatMap { $0 }.max() ?? 0
        var svg = SVG.open("rf-grid", width: spec.width, height: height, title: spec.title)
        for row in 0..<5 {
            let r = 5 - row
            let y = top + cellHeight * Double(row)
            svg += SVG.text("R\(r)", x: left - 10, y: y + cellHeight / 2 + 4, anchor: "end", cls: "category")
            for column in 0..<5 {
                let f = column + 1
                let x = left + cellWidth * Double(column)
                let count = grid[safe: r - 1]?[safe: f - 1] ?? 0
                let name = names[safe: r - 1]?[safe: f - 1] ?? ""
                let hidden = count > 0 && count < minGroupSize
                let shown = hidden ? spec.suppressedText : spec.format.value(Double(count))
                let opacity = hidden || highest == 0 ? 0.06 : 0.08 + 0.84 * Double(count) / Double(highest)
                let tip = SVG.tip(["R\(r) F\(f) · \(name)", shown])
                svg += SVG.rect(x: x + 1.5, y: y + 1.5, width: cellWidth - 3, height: cellHeight - 3,
                                cls: hidden ? "cell suppressed" : "cell",
                                extra: " rx=\"4\" fill-opacity=\"\(NumberFormat.fixed(opacity, decimals: 2))\"" + tip.attribute,
                                content: tip.title)
                let strong = opacity > 0.55 ? " strong" : ""
                svg += SVG.text(shown, x: x + cellWidth / 2, y: y + 25, anchor: "middle", cls: "cell-count" + strong)
                svg += SVG.text(SVG.fit(name, width: cellWidth - 10, size: 10), x: x + cellWidth / 2, y: y + 42, anchor: "middle",
                                cls: "cell-name" + strong)
            }
        }
        let axisY = top + cellHeight * 5
        for column in 0..<5 {
            svg += SVG.text("F\(column + 1)", x: left + cellWidth * (Double(column) + 0.5), y: axisY + 16, anchor: "middle",
                            cls: "category")
        }
        svg += SVG.text(fAxis, x: left + cellWidth * 2.5, y: axisY + 36, anchor: "middle", cls: "axis-title")
        svg += "<text class=\"axis-title\" x=\"14\" y=\"\(SVG.f(top + cellHeight * 2.5))\" text-anchor=\"middle\" "
            + "transform=\"rotate(-90 14 \(SVG.f(top + cellHeight * 2.5)))\">\(HTML.escape(rAxis))</text>"
        return svg + "</svg>"
    }
}
