/// A line chart with axes, "nice" ticks, period labels and a legend, as inline SVG. Pure: series in, markup out.
package struct LineChart: Sendable {
    package struct Series: Sendable {
        package var name: String
        package var values: [Double?]

        package init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

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

    static let width = 640.0, height = 260.0
    static let left = 64.0, right = 16.0, top = 16.0, bottom = 40.0

    package func svg() -> String {
        let values = series.flatMap(\.values).compactMap { $0 }.filter(\.isFinite)
        let ticks = NiceTicks.ticks(low: min(values.min() ?? 0, 0), high: max(values.max() ?? 1, 0))
        let low = ticks.first ?? 0, high = ticks.last ?? 1
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        func x(_ index: Int) -> Double {
            Self.left + (labels.count > 1 ? Double(index) / Double(labels.count - 1) * plotWidth : plotWidth / 2)
        }
        func y(_ value: Double) -> Double { Self.top + plotHeight - (value - low) / (high - low) * plotHeight }
        let f = Sparkline.f

        var svg = "<svg class=\"chart line-chart\" viewBox=\"0 0 \(f(Self.width)) \(f(Self.height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        svg += "<title>\(HTML.escape(title))</title>"
        for tick in ticks {
            svg += "<line class=\"grid\" x1=\"\(f(Self.left))\" x2=\"\(f(Self.width - Self.right))\" y1=\"\(f(y(tick)))\" y2=\"\(f(y(tick)))\"/>"
            svg += "<text class=\"tick\" x=\"\(f(Self.left - 8))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">\(HTML.escape(format(tick)))</text>"
        }
        let every = max(1, Int((Double(labels.count) / 6).rounded(.up)))
        for (index, label) in labels.enumerated() where index % every == 0 || index == labels.count - 1 {
            svg += "<text class=\"tick\" x=\"\(f(x(index)))\" y=\"\(f(Self.height - Self.bottom + 18))\" text-anchor=\"middle\">\(HTML.escape(label))</text>"
        }
        for (number, line) in series.enumerated() {
            var path = ""
            var penDown = false
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else { penDown = false; continue }
                path += "\(penDown ? "L" : "M")\(f(x(index))) \(f(y(value)))"
                penDown = true
            }
            svg += "<path class=\"series s\(number)\" d=\"\(path)\"/>"
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else { continue }
                svg += "<circle class=\"series-dot s\(number)\" cx=\"\(f(x(index)))\" cy=\"\(f(y(value)))\" r=\"3\">"
                svg += "<title>\(HTML.escape(line.name)) \(HTML.escape(labels[safe: index] ?? "")): \(HTML.escape(format(value)))</title></circle>"
            }
        }
        if series.count > 1 {
            var legendX = Self.left
            for (number, line) in series.enumerated() {
                svg += "<rect class=\"legend s\(number)\" x=\"\(f(legendX))\" y=\"\(f(Self.height - 12))\" width=\"10\" height=\"10\" rx=\"2\"/>"
                svg += "<text class=\"legend-label\" x=\"\(f(legendX + 14))\" y=\"\(f(Self.height - 3))\">\(HTML.escape(line.name))</text>"
                legendX += 24 + Double(line.name.count) * 13
            }
        }
        return svg + "</svg>"
    }
}

/// Axis ticks at 1, 2 or 5 × 10ⁿ steps covering [low, high].
package enum NiceTicks {
    package static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
        guard high > low else { return [low, low + 1] }
        let rough = (high - low) / Double(count - 1)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
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
