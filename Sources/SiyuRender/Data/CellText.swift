/// How a figure of each `PageTable.Kind` reads on a page and on an axis, in the site's language. Tables show
/// exact counts and amounts (12,345; ¥129,600); charts and key figures read compactly (1.23万). Machine-readable
/// output uses `NumberFormatPlain` instead.
package struct CellText: Sendable {
    package let language: Language
    let format: NumberFormat
    /// 万/亿 (or K/M) for big counts and amounts.
    let compact: Bool

    package init(language: Language, compact: Bool = true) {
        self.language = language
        format = NumberFormat(language: language)
        self.compact = compact
    }

    package func text(_ value: Double?, _ kind: PageTable.Kind) -> String {
        guard let value, value.isFinite else { return NumberFormat.missing }
        switch kind {
        case .count: return compact ? format.value(value, unit: .count) : format.grouped(value, decimals: 0)
        case .money:
            guard !compact else { return format.value(value, unit: .money) }
            return (value < 0 ? "−" : "") + "¥" + format.grouped(abs(value), decimals: abs(value) < 1000 ? 2 : 0)
        case .rate: return format.value(value, unit: .rate)
        case .ratio: return ratio(value)
        case .minutes: return format.value(value, unit: .minutes)
        case .days: return format.fixed(value, decimals: value.magnitude < 10 ? 1 : 0)
        case .text: return format.grouped(value, decimals: 0)
        }
    }

    /// Ratios keep two decimals, three below 0.1 (a K factor of 0.018 should not read 0.02).
    package func ratio(_ value: Double) -> String {
        format.fixed(value, decimals: value != 0 && abs(value) < 0.1 ? 3 : 2)
    }

    /// A cell as shown: "<5" for a suppressed figure, "—" for a missing one.
    package func text(_ cell: PageTable.Cell, _ kind: PageTable.Kind, suppressedText: String) -> String {
        switch cell {
        case .text(let text): text
        case .number(let value): text(value, kind)
        case .suppressed: suppressedText
        }
    }

    /// A tick label: as few decimals as the step needs, 万/亿 or K/M, no trailing zeros.
    package func axis(_ value: Double, step: Double, _ kind: PageTable.Kind) -> String {
        switch kind {
        case .rate:
            return trimmed(value * 100, decimals: decimals(for: step * 100)) + "%"
        case .money:
            return (value < 0 ? "−" : "") + "¥" + compact(value.magnitude, step: step)
        case .count, .ratio, .days, .minutes, .text:
            return (value < 0 ? "−" : "") + compact(value.magnitude, step: step)
        }
    }

    private func compact(_ value: Double, step: Double) -> String {
        let units: [(Double, String)] = language == .zh ? [(1e8, "亿"), (1e4, "万")] : [(1e9, "B"), (1e6, "M"), (1e3, "K")]
        for (size, suffix) in units where value >= size {
            return trimmed(value / size, decimals: decimals(for: step / size)) + suffix
        }
        return format.grouped(value, decimals: decimals(for: step))
    }

    /// Decimals needed to show multiples of `step` exactly (at most 3).
    private func decimals(for step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        for places in 0...3 {
            let text = NumberFormat.fixed(step, decimals: places)
            if let back = Double(text), (back - step).magnitude <= step * 1e-6 { return places }
        }
        return 3
    }

    private func trimmed(_ value: Double, decimals: Int) -> String {
        var text = format.grouped(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "−0" ? "0" : text
    }
}
