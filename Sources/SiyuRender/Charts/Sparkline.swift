/// A 12-period trend as a tiny inline SVG line. Missing values break the line; coordinates have fixed decimals,
/// so the same numbers always give the same bytes.
package enum Sparkline {
    package static func svg(_ values: [Double?], label: String, width: Double = 120, height: Double = 32) -> String {
        let known = values.compactMap { $0 }.filter(\.isFinite)
        guard known.count >= 2, let low = known.min(), let high = known.max() else {
            return "<svg class=\"sparkline\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\"></svg>"
        }
        let span = high - low == 0 ? 1 : high - low
        let step = values.count > 1 ? width / Double(values.count - 1) : width
        var path = ""
        var penDown = false
        var lastPoint = ""
        for (index, value) in values.enumerated() {
            guard let value, value.isFinite else { penDown = false; continue }
            let x = Double(index) * step
            let y = height - 3 - (value - low) / span * (height - 6)
            lastPoint = "cx=\"\(f(x))\" cy=\"\(f(y))\""
            path += "\(penDown ? "L" : "M")\(f(x)) \(f(y))"
            penDown = true
        }
        return "<svg class=\"sparkline\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
            + "<title>\(HTML.escape(label))</title>"
            + "<path d=\"\(path)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
            + "<circle \(lastPoint) r=\"2.5\" fill=\"currentColor\"/></svg>"
    }

    static func f(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 1) }
}
