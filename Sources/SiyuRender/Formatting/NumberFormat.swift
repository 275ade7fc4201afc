import SiyuMetrics

/// Number formatting for people, not machines: fixed decimals, thousands separators, 万/亿 in Chinese and
/// K/M in English, ¥ for money, % for rates. Pure and locale-free, so output is the same on every machine.
package struct NumberFormat: Sendable {
    package let language: Language

    package init(language: Language) {
        self.language = language
    }

    /// "—" for a value that cannot be computed.
    package static let missing = "—"

    package func value(_ value: Double?, unit: KPIUnit) -> String {
        guard let value, value.isFinite else { return Self.missing }
        switch unit {
        case .count: return compact(value, decimalsBelowTenThousand: 0)
        case .money: return "¥" + compact(value, decimalsBelowTenThousand: abs(value) < 1000 ? 2 : 0)
        case .rate: return fixed(value * 100, decimals: 1) + "%"
        case .ratio: return fixed(value, decimals: 2)
        case .minutes: return fixed(value, decimals: 1) + (language == .zh ? " 分钟" : " min")
        }
    }

    /// "+12.3%", "−1.2pp" (percentage points), or "—".
    package func change(_ change: KPIChange?) -> String {
        guard let change, change.value.isFinite else { return Self.missing }
        switch change {
        case .relative(let fraction): return signed(fraction * 100, decimals: 1) + "%"
        case .points(let fraction): return signed(fraction * 100, decimals: 1) + (language == .zh ? "个百分点" : " pp")
        }
    }

    /// 12,345 → "1.23万" (zh) or "12.3K" (en); smaller numbers keep separators.
    package func compact(_ value: Double, decimalsBelowTenThousand: Int) -> String {
        let magnitude = abs(value)
        let sign = value < 0 ? "−" : ""
        switch language {
        case .zh:
            if magnitude >= 1e8 { return sign + fixed(magnitude / 1e8, decimals: 2) + "亿" }
            if magnitude >= 1e4 { return sign + fixed(magnitude / 1e4, decimals: 2) + "万" }
        case .en:
            if magnitude >= 1e9 { return sign + fixed(magnitude / 1e9, decimals: 2) + "B" }
            if magnitude >= 1e6 { return sign + fixed(magnitude / 1e6, decimals: 2) + "M" }
            if magnitude >= 1e5 { return sign + fixed(magnitude / 1e3, decimals: 1) + "K" }
        }
        return sign + grouped(magnitude, decimals: decimalsBelowTenThousand)
    }

    /// Thousands separators: 1234567.891 → "1,234,567.89".
    package func grouped(_ value: Double, decimals: Int) -> String {
        let text = fixed(abs(value), decimals: decimals)
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(integer, at: 0)
        let joined = groups.joined(separator: ",")
        let body = parts.count > 1 ? joined + "." + parts[1] : joined
        return (value < 0 ? "−" : "") + body
    }

    /// Fixed decimals with round-half-away-from-zero, without Foundation's locale-dependent formatters.
    package func fixed(_ value: Double, decimals: Int) -> String {
        Self.fixed(value, decimals: decimals)
    }

    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return missing }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(Int64(value)) }
        let integer = Int64(scaled)
        let whole = integer / Int64(scale)
        let fraction = integer % Int64(scale)
        var text = String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (value < 0 && integer != 0 ? "-" : "") + text
    }

    private func signed(_ value: Double, decimals: Int) -> String {
        let text = fixed(abs(value), decimals: decimals)
        if Double(text) == 0 { return text }
        return (value > 0 ? "+" : "−") + text
    }
}
