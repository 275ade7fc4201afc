/// Small building blocks shared by the charts: fixed-decimal coordinates, text width estimates for layout,
/// the `<svg>` frame with its `<title>`, and tooltip attributes. Every string from data passes `HTML.escape`.
enum SVG {
    /// One decimal, always: the same numbers give the same bytes on every machine.
    static func f(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 1) }

    /// Rough rendered width of a label: CJK and full-width characters take a full em, others about 0.6 em.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + (scalar.value >= 0x2E80 ? 1.0 : 0.6) * size
        }
    }

    /// The label cut to fit `width`, with an ellipsis when cut.
    static func fit(_ text: String, width: Double, size: Double) -> String {
        guard textWidth(text, size: size) > width else { return text }
        var result = ""
        for character in text {
            let next = result + String(character)
            if textWidth(next + "…", size: size) > width { break }
            result = next
        }
        return result + "…"
    }

    static func open(_ kind: String, width: Double, height: Double, title: String) -> String {
        "<svg class=\"chart \(kind)\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
            + "<title>\(HTML.escape(title))</title>"
    }

    /// A `data-tip` attribute (read by siyu.js for a styled tooltip) and the native `<title>` child text, both
    /// built from escaped lines.
    static func tip(_ lines: [String]) -> (attribute: String, title: String) {
        let escaped = lines.map(HTML.escape)
        return (" data-tip=\"\(escaped.joined(separator: "&#10;"))\"", "<title>\(escaped.joined(separator: "\n"))</title>")
    }

    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", cls: String = "tick",
                     extra: String = "") -> String {
        "<text class=\"\(cls)\" x=\"\(f(x))\" y=\"\(f(y))\"\(anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")\(extra)>"
            + HTML.escape(content) + "</text>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, cls: String) -> String {
        "<line class=\"\(cls)\" x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\"/>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, cls: String, extra: String = "",
                     content: String = "") -> String {
        let head = "<rect class=\"\(cls)\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(width, 0)))\" height=\"\(f(max(height, 0)))\"\(extra)"
        return content.isEmpty ? head + "/>" : head + ">" + content + "</rect>"
    }
}

/// A vertical value axis: nice ticks over the data (and the reference line), zero always included.
struct ValueAxis {
    let ticks: [Double]
    let low: Double
    let high: Double

    init(values: [Double], reference: Double? = nil) {
        let all = values + (reference.map { [$0] } ?? [])
        let lowest = min(all.min() ?? 0, 0)
        let highest = max(all.max() ?? 0, 0)
        let integers = all.allSatisfy { $0 == $0.rounded() }
        ticks = NiceTicks.ticks(low: lowest, high: highest > lowest ? highest : lowest + 1, integers: integers)
        low = ticks.first ?? 0
        high = ticks.last ?? 1
    }

    var step: Double { ticks.count > 1 ? ticks[1] - ticks[0] : 1 }

    /// Position of a value between `start` (the low end) and `end` (the high end) in pixels.
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - low) / (high - low == 0 ? 1 : high - low) * (end - start)
    }

    func labels(_ format: ChartFormat) -> [String] { ticks.map { format.axis($0, step) } }

    /// Width of the widest tick label at 11 px, for the left margin.
    func labelWidth(_ format: ChartFormat) -> Double {
        labels(format).map { SVG.textWidth($0, size: 11) }.max() ?? 0
    }
}

/// Colour keys for several series, laid out left to right and wrapped to the width.
enum Legend {
    /// The legend's markup and the height it takes. Right-aligned legends end at `x + width` (time series open
    /// scrolled to their right end on phones, so the legend stays in view).
    static func svg(_ names: [String], x: Double, y: Double, width: Double, swatch: String = "rect",
                    alignRight: Bool = false) -> (String, Double) {
        var svg = "<g class=\"legend\">"
        let widths = names.map { 16 + SVG.textWidth($0, size: 12) + 18 }
        // Rows first, so a right-aligned row can start where its items end at the right edge.
        var rows: [[Int]] = [[]]
        var used = 0.0
        for (index, itemWidth) in widths.enumerated() {
            if used + itemWidth > width, !(rows.last ?? []).isEmpty {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(index)
            used += itemWidth
        }
        var cursorY = y
        for row in rows {
            let rowWidth = row.reduce(0) { $0 + widths[$1] } - 18
            var cursorX = alignRight ? x + width - rowWidth : x
            for index in row {
                let name = names[index]
                if swatch == "line" {
                    svg += SVG.line(x1: cursorX, y1: cursorY - 4, x2: cursorX + 12, y2: cursorY - 4, cls: "legend-line s\(index % 6)")
                } else {
                    svg += SVG.rect(x: cursorX, y: cursorY - 9, width: 10, height: 10, cls: "legend-key s\(index % 6)", extra: " rx=\"2\"")
                }
                svg += SVG.text(name, x: cursorX + 16, y: cursorY, cls: "legend-label")
                cursorX += widths[index]
            }
            cursorY += 18
        }
        return (svg + "</g>", cursorY - y)
    }
}
