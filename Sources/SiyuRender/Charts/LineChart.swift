/// Line and multi-line charts over periods: axes with nice ticks, thinned x labels, a legend, an optional dashed
/// reference (a target), and one hover column per period whose tooltip lists every series. Pure: data in, SVG out.
package struct LineChart: Sendable {
    package typealias Series = ChartSeries

    package var title: String
    package var labels: [String]
    package var series: [Series]
    package var format: @Sendable (Double) -> String

    package init(title: String, labels: [String], series: [Series], format: @escaping @Sendable (Double) -> String) {
        self.title = title
        self.labels = labels
        self.series = series
        self.format = format
    }

    /// The shortcode form: formats every figure with the given closure.
    package func svg() -> String {
        let format = self.format
        return Self.svg(ChartSpec(title: title, labels: labels, format: ChartFormat(value: format, axis: { value, _ in format(value) })),
                        series)
    }

    package static func svg(_ spec: ChartSpec, _ series: [ChartSeries]) -> String {
        let count = spec.labels.count
        let known = series.flatMap { line in (0..<count).compactMap { line.value($0) } }
        let axis = ValueAxis(values: known, reference: spec.reference?.value)
        let left = axis.labelWidth(spec.format) + 14, right = 14.0
        var svg = SVG.open("line-chart", width: spec.width, height: spec.height, title: spec.title)
        var top = 12.0
        if series.count > 1 {
            let (legend, height) = Legend.svg(series.map(\.name), x: left, y: 14, width: spec.width - left - right, swatch: "line",
                                              alignRight: true)
            svg += legend
            top += height
        }
        let bottom = spec.height - 28
        let inset = 10.0
        let plotLeft = left + inset, plotRight = spec.width - right - inset
        func x(_ index: Int) -> Double {
            count > 1 ? plotLeft + Double(index) / Double(count - 1) * (plotRight - plotLeft) : (plotLeft + plotRight) / 2
        }
        func y(_ value: Double) -> Double { axis.position(value, from: bottom, to: top) }

        for (tick, label) in zip(axis.ticks, axis.labels(spec.format)) {
            svg += SVG.line(x1: left, y1: y(tick), x2: spec.width - right, y2: y(tick), cls: tick == 0 ? "axis" : "grid")
            svg += SVG.text(label, x: left - 8, y: y(tick) + 4, anchor: "end")
        }
        svg += xLabels(spec, x: x, y: bottom + 18, width: plotRight - plotLeft)
        if let reference = spec.reference {
            svg += SVG.line(x1: left, y1: y(reference.value), x2: spec.width - right, y2: y(reference.value), cls: "reference")
            svg += SVG.text(reference.label, x: spec.width - right, y: y(reference.value) - 5, anchor: "end", cls: "reference-label")
        }
        for (number, line) in series.enumerated() {
            var path = ""
            var penDown = false
            for index in 0..<count {
                guard let value = line.value(index) else { penDown = false; continue }
                path += "\(penDown ? "L" : "M")\(SVG.f(x(index))) \(SVG.f(y(value)))"
                penDown = true
            }
            svg += "<path class=\"series s\(number % 6)\" d=\"\(path)\"/>"
            for index in 0..<count {
                guard let value = line.value(index) else { continue }
                // Lone points (neighbours missing) would be invisible without a dot; the last point is marked too.
                let lone = line.value(index - 1) == nil && line.value(index + 1) == nil
                let radius = index == count - 1 || lone ? 3.0 : 2.0
                svg += "<circle class=\"dot s\(number % 6)\" cx=\"\(SVG.f(x(index)))\" cy=\"\(SVG.f(y(value)))\" r=\"\(SVG.f(radius))\"/>"
            }
        }
        // Hover columns: one per period, listing every series' value there.
        let band = count > 1 ? (plotRight - plotLeft) / Double(count - 1) : plotRight - plotLeft
        for index in 0..<count {
            let lines = [spec.longLabel(index)] + series.map { line in
                line.name + ": " + (line.suppressed.contains(index) ? spec.suppressedText
                                    : line.value(index).map(spec.format.value) ?? NumberFormat.missing)
            }
            let tip = SVG.tip(lines)
            svg += SVG.rect(x: x(index) - band / 2, y: top, width: band, height: bottom - top, cls: "hit", extra: tip.attribute,
                            content: tip.title)
        }
        return svg + "</svg>"
    }

    /// Period labels under the axis, thinned so they never overlap; the last one is always shown.
    static func xLabels(_ spec: ChartSpec, x: (Int) -> Double, y: Double, width: Double) -> String {
        let count = spec.labels.count
        guard count > 0 else { return "" }
        let widest = spec.labels.map { SVG.textWidth($0, size: 11) }.max() ?? 0
        let every = max(1, Int(((widest + 10) * Double(count) / max(width, 1)).rounded(.up)))
        var svg = ""
        for (index, label) in spec.labels.enumerated() where (count - 1 - index) % every == 0 {
            svg += SVG.text(label, x: x(index), y: y, anchor: "middle")
        }
        return svg
    }
}

/// Axis ticks at 1, 2, 2.5 or 5 × 10ⁿ steps covering [low, high]; whole steps only for whole-number data
/// (2.5 people is not a tick anyone wants).
package enum NiceTicks {
    package static func ticks(low: Double, high: Double, count: Int = 5, integers: Bool = false) -> [Double] {
        guard high > low else { return [low, low + 1] }
        let rough = (high - low) / Double(count - 1)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let multiples = integers && magnitude < 10 ? [1.0, 2.0, 5.0, 10.0] : [1.0, 2.0, 2.5, 5.0, 10.0]
        var step = multiples.map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        if integers { step = max(step, 1) }
        let first = Int((low / step).rounded(.down))
        var ticks: [Double] = []
        var index = first
        // Multiply rather than accumulate, and round away binary noise: 0.30000000000000004 → 0.3.
        while ticks.count < 12 {
            let value = (Double(index) * step * 1e9).rounded() / 1e9
            ticks.append(value == 0 ? 0 : value)
            if value >= high { break }
            index += 1
        }
        return ticks
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
