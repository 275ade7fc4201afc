/// What every chart needs besides its data: a title (the SVG `<title>` and the figure caption), category labels
/// (x positions or bar rows), how numbers read, and the canvas size. Charts are pure `(ChartSpec, data) -> SVG`.
package struct ChartSpec: Sendable {
    package var title: String
    package var labels: [String]
    package var format: ChartFormat
    package var width = 640.0
    package var height = 260.0
    /// A dashed line at a value (a target, a flag threshold), with its label.
    package var reference: ChartReference?
    /// Shown instead of a figure that privacy rules suppress.
    package var suppressedText = "<5"
    /// Text for tooltips of the categories when `labels` are abbreviated (full period names, say).
    package var longLabels: [String]?

    package init(title: String, labels: [String], format: ChartFormat, width: Double = 640, height: Double = 260,
                 reference: ChartReference? = nil, suppressedText: String = "<5", longLabels: [String]? = nil) {
        self.title = title
        self.labels = labels
        self.format = format
        self.width = width
        self.height = height
        self.reference = reference
        self.suppressedText = suppressedText
        self.longLabels = longLabels
    }

    /// The name of category `index` for tooltips and tables.
    func longLabel(_ index: Int) -> String {
        longLabels?[safe: index] ?? labels[safe: index] ?? ""
    }
}

package struct ChartReference: Sendable, Hashable {
    package var value: Double
    package var label: String

    package init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// One named series. `nil` is a missing value (a gap); indices in `suppressed` are figures hidden by the privacy
/// threshold, drawn as "<5" rather than as a value.
package struct ChartSeries: Sendable, Hashable {
    package var name: String
    package var values: [Double?]
    package var suppressed: Set<Int>

    package init(name: String, values: [Double?], suppressed: Set<Int> = []) {
        self.name = name
        self.values = values
        self.suppressed = suppressed
    }

    /// A known, finite, published value.
    func value(_ index: Int) -> Double? {
        guard !suppressed.contains(index), let value = values[safe: index] ?? nil, value.isFinite else { return nil }
        return value
    }
}

/// How a chart's numbers read: `value` in full for labels and tooltips, `axis` compact for ticks (given the step).
package struct ChartFormat: Sendable {
    package var value: @Sendable (Double) -> String
    package var axis: @Sendable (Double, Double) -> String

    package init(value: @escaping @Sendable (Double) -> String, axis: @escaping @Sendable (Double, Double) -> String) {
        self.value = value
        self.axis = axis
    }

    /// Formats for a kind of figure in a language: 万/亿 (zh) or K/M (en), ¥, %.
    package static func kind(_ kind: PageTable.Kind, _ language: Language) -> ChartFormat {
        let cells = CellText(language: language)
        return ChartFormat(value: { cells.text($0, kind) }, axis: { cells.axis($0, step: $1, kind) })
    }
}
