/// Bar charts: grouped (several series side by side) or stacked, vertical (periods) or horizontal (channels,
/// staff, campaigns: long names read better in rows). Suppressed figures show "<5" instead of a bar.
package enum BarChart {
    package enum Orientation: Sendable {
        case vertical, horizontal
    }

    package static func svg(_ spec: ChartSpec, _ series: [ChartSeries], orientation: Orientation = .vertical) -> String {
        BarLayout(spec: spec, series: series, stacked: false).svg(orientation)
    }
}

package enum StackedBarChart {
    package static func svg(_ spec: ChartSpec, _ series: [ChartSeries], orientation: BarChart.Orientation = .vertical) -> String {
        BarLayout(spec: spec, series: series, stacked: true).svg(orientation)
    }
}

/// The shared drawing of both bar charts.
struct BarLayout {
    let spec: ChartSpec
    let series: [ChartSeries]
    let stacked: Bool

    var count: Int { spec.labels.count }

    /// Stack totals (stacked) or every value (grouped): what the axis must cover.
    var extent: [Double] {
        if stacked {
            return (0..<count).map { index in series.compactMap { $0.value(index) }.filter { $0 > 0 }.reduce(0, +) }
        }
        return series.flatMap { line in (0..<count).compactMap { line.value($0) } }
    }

    func tip(_ index: Int) -> (attribute: String, title: String) {
        var lines = [spec.longLabel(index)]
        for line in series {
            let text = line.suppressed.contains(index) ? spec.suppressedText : line.value(index).map(spec.format.value) ?? NumberFormat.missing
            lines.append(series.count > 1 || line.name != spec.title ? line.name + ": " + text : text)
        }
        if stacked && series.count > 1 {
            lines.append("Σ " + spec.format.value(extent[index]))
        }
        return SVG.tip(lines)
    }

    func legend(x: Double, width: Double, alignRight: Bool) -> (String, Double) {
        series.count > 1 ? Legend.svg(series.map(\.name), x: x, y: 14, width: width, alignRight: alignRight) : ("", 0)
    }

    func svg(_ orientation: BarChart.Orientation) -> String {
        orientation == .vertical ? vertical() : horizontal()
    }

    private func vertical() -> String {
        let axis = ValueAxis(values: extent, reference: spec.reference?.value)
        let left = axis.labelWidth(spec.format) + 14, right = 14.0
        var svg = SVG.open(stacked ? "bar-chart stacked" : "bar-chart", width: spec.width, height: spec.height, title: spec.title)
        let (legend, legendHeight) = self.legend(x: left, width: spec.width - left - right, alignRight: true)
        svg += legend
        let top = 14 + legendHeight, bottom = spec.height - 28
        func y(_ value: Double) -> Double { axis.position(value, from: bottom, to: top) }
        for (tick, label) in zip(axis.ticks, axis.labels(spec.format)) {
            svg += SVG.line(x1: left, y1: y(tick), x2: spec.width - right, y2: y(tick), cls: tick == 0 ? "axis" : "grid")
            svg += SVG.text(label, x: left - 8, y: y(tick) + 4, anchor: "end")
        }
        let band = (spec.width - left - right) / Double(max(count, 1))
        svg += LineChart.xLabels(spec, x: { left + band * (Double($0) + 0.5) }, y: bottom + 18, width: spec.width - left - right)
        let groups = stacked ? 1 : max(series.count, 1)
        let barWidth = min(band * 0.7 / Double(groups), 36)
        let showValues = !stacked && count * groups <= 12
        for index in 0..<count {
            let groupLeft = left + band * (Double(index) + 0.5) - barWidth * Double(groups) / 2
            var base = 0.0
            for (number, line) in series.enumerated() {
                let barX = stacked ? groupLeft : groupLeft + barWidth * Double(number)
                if line.suppressed.contains(index) {
                    svg += SVG.text(spec.suppressedText, x: barX + barWidth / 2, y: y(0) - 4, anchor: "middle", cls: "bar-note")
                    continue
                }
                guard let value = line.value(index), !(stacked && value <= 0) else { continue }
                let from = stacked ? base : 0, to = stacked ? base + value : value
                base = to
                svg += SVG.rect(x: barX + 1, y: min(y(from), y(to)), width: barWidth - 2, height: abs(y(from) - y(to)),
                                cls: "bar s\(number % 6)")
                if showValues {
                    svg += SVG.text(spec.format.value(value), x: barX + barWidth / 2, y: min(y(from), y(to)) - 4, anchor: "middle",
                                    cls: "bar-value")
                }
            }
            let tip = tip(index)
            svg += SVG.rect(x: left + band * Double(index), y: top, width: band, height: bottom - top, cls: "hit",
                            extra: tip.attribute, content: tip.title)
        }
        if let reference = spec.reference {
            svg += SVG.line(x1: left, y1: y(reference.value), x2: spec.width - right, y2: y(reference.value), cls: "reference")
            svg += SVG.text(reference.label, x: spec.width - right, y: y(reference.value) - 5, anchor: "end", cls: "reference-label")
        }
        return svg + "</svg>"
    }

    private func horizontal() -> String {
        let axis = ValueAxis(values: extent, reference: spec.reference?.value)
        let labelWidth = min(spec.labels.map { SVG.textWidth($0, size: 12) }.max() ?? 0, 150)
        let left = labelWidth + 16
        let valueRoom = (extent.map { SVG.textWidth(spec.format.value($0), size: 11) }.max() ?? 0) + 12
        let right = max(valueRoom, 24)
        let groups = stacked ? 1 : max(series.count, 1)
        let barHeight = groups == 1 ? 16.0 : 11.0
        let row = barHeight * Double(groups) + 12
        let (legend, legendHeight) = self.legend(x: left, width: spec.width - left - right, alignRight: false)
        // A reference line gets its own row for its label, under the legend.
        let top = 10 + legendHeight + 4 + (spec.reference == nil ? 0 : 14)
        let height = top + row * Double(count) + 26
        var svg = SVG.open(stacked ? "bar-chart horizontal stacked" : "bar-chart horizontal", width: spec.width, height: height,
                           title: spec.title)
        svg += legend
        let plotRight = spec.width - right
        func x(_ value: Double) -> Double { axis.position(value, from: left, to: plotRight) }
        let axisY = top + row * Double(count)
        for (tick, label) in zip(axis.ticks, axis.labels(spec.format)) {
            svg += SVG.line(x1: x(tick), y1: top, x2: x(tick), y2: axisY, cls: tick == 0 ? "axis" : "grid")
            svg += SVG.text(label, x: x(tick), y: axisY + 16, anchor: "middle")
        }
        for index in 0..<count {
            let rowTop = top + row * Double(index)
            svg += SVG.text(SVG.fit(spec.labels[index], width: labelWidth, size: 12), x: left - 8, y: rowTop + row / 2 + 4,
                            anchor: "end", cls: "category")
            var base = 0.0
            for (number, line) in series.enumerated() {
                let barY = rowTop + 6 + (stacked ? 0 : barHeight * Double(number))
                if line.suppressed.contains(index) {
                    svg += SVG.text(spec.suppressedText, x: x(0) + 4, y: barY + barHeight - 4, cls: "bar-note")
                    continue
                }
                guard let value = line.value(index), !(stacked && value <= 0) else { continue }
                let from = stacked ? base : 0, to = stacked ? base + value : value
                base = to
                svg += SVG.rect(x: min(x(from), x(to)), y: barY, width: abs(x(to) - x(from)), height: barHeight - 1,
                                cls: "bar s\(number % 6)")
                if !stacked {
                    svg += SVG.text(spec.format.value(value), x: max(x(from), x(to)) + 4, y: barY + barHeight - 4, cls: "bar-value")
                }
            }
            if stacked {
                svg += SVG.text(spec.format.value(extent[index]), x: x(extent[index]) + 4, y: rowTop + 6 + barHeight - 4,
                                cls: "bar-value")
            }
            let tip = tip(index)
            svg += SVG.rect(x: 0, y: rowTop, width: spec.width, height: row, cls: "hit", extra: tip.attribute, content: tip.title)
        }
        if let reference = spec.reference {
            svg += SVG.line(x1: x(reference.value), y1: top - 4, x2: x(reference.value), y2: axisY, cls: "reference")
            // The label sits left of the line when it would run past the right edge.
            let fits = x(reference.value) + 4 + SVG.textWidth(reference.label, size: 11) <= spec.width
            svg += SVG.text(reference.label, x: x(reference.value) + (fits ? 4 : -4), y: top - 6, anchor: fits ? "start" : "end",
                            cls: "reference-label")
        }
        return svg + "</svg>"
    }
}
