/// A funnel of layers (5A: O → A1 … A5): one centred bar per stage, its width proportional to the stage's size,
/// with the share of all contacts and the change from the previous period beside it.
package enum FunnelChart {
    package struct Stage: Sendable, Hashable {
        package var name: String
        package var value: Double?
        package var previous: Double?
        /// Under the privacy threshold: shown as "<5".
        package var suppressed: Bool
        package var previousSuppressed: Bool

        package init(name: String, value: Double?, previous: Double? = nil, suppressed: Bool = false,
                     previousSuppressed: Bool = false) {
            self.name = name
            self.value = value
            self.previous = previous
            self.suppressed = suppressed
            self.previousSuppressed = previousSuppressed
        }
    }

    /// `previousLabel` prefixes the previous figure ("上期").
    package static func svg(_ spec: ChartSpec, stages: [Stage], previousLabel: String) -> String {
        let labelWidth = min((stages.map { SVG.textWidth($0.name, size: 12) }.max() ?? 0) + 12, 130)
        let right = 170.0
        let barArea = spec.width - labelWidth - right
        let row = 40.0, top = 6.0
        let height = top + row * Double(stages.count) + 4
        let known = stages.compactMap { $0.suppressed ? nil : $0.value }
        let highest = known.max() ?? 0
        let total = known.reduce(0, +)
        var svg = SVG.open("funnel", width: spec.width, height: height, title: spec.title)
        for (index, stage) in stages.enumerated() {
            let y = top + row * Double(index)
            let center = labelWidth + barArea / 2
            svg += SVG.text(SVG.fit(stage.name, width: labelWidth - 12, size: 12), x: 0, y: y + row / 2 + 4, cls: "category")
            let valueText = stage.suppressed ? spec.suppressedText : stage.value.map(spec.format.value) ?? NumberFormat.missing
            var lines = [stage.name, valueText]
            if let value = stage.value, !stage.suppressed {
                let width = highest > 0 ? max(value / highest * barArea, 2) : 2
                svg += SVG.rect(x: center - width / 2, y: y + 4, width: width, height: row - 8, cls: "funnel-bar s\(index % 6)",
                                extra: " rx=\"4\"")
                if total > 0 { lines[1] += " (" + NumberFormat.fixed(value / total * 100, decimals: 1) + "%)" }
            }
            var detail = valueText
            if stage.previousSuppressed {
                lines.append(previousLabel + " " + spec.suppressedText)
                detail += "  " + previousLabel + " " + spec.suppressedText
            } else if let previous = stage.previous, !stage.suppressed {
                let previousText = previousLabel + " " + spec.format.value(previous)
                lines.append(previousText)
                if let value = stage.value {
                    let delta = value - previous
                    detail += "  " + (delta > 0 ? "▲" : delta < 0 ? "▼" : "■") + spec.format.value(abs(delta))
                }
            }
            svg += SVG.text(detail, x: labelWidth + barArea + 12, y: y + row / 2 + 4, cls: "bar-value")
            let tip = SVG.tip(lines)
            svg += SVG.rect(x: 0, y: y, width: spec.width, height: row, cls: "hit", extra: tip.attribute, content: tip.title)
        }
        return svg + "</svg>"
    }
}
