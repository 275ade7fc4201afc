/// Change versus the previous period: relative for counts and money, percentage points for rates.
package enum KPIChange: Sendable, Hashable {
    /// (current − previous) ÷ previous, as a fraction.
    case relative(Double)
    /// current − previous, both fractions (0.012 = 1.2 pp).
    case points(Double)

    package var value: Double {
        switch self {
        case .relative(let value), .points(let value): value
        }
    }
}

package enum KPIStatus: String, Sendable, Codable {
    case ok, breached
}

/// One KPI of a report: this period's value, the previous one, the change, target status and trend.
package struct KPIResult: Sendable, Hashable {
    package struct Point: Sendable, Hashable {
        package var period: Period
        package var value: Double?
    }

    package var definition: KPIDefinition
    package var value: Double?
    package var previous: Double?
    package var target: Target?
    package var trend: [Point]
    /// Which variant and window were used, from the settings (KPIS.md asks every page to print it).
    package var variantZh: String?
    package var variantEn: String?

    package var id: String { definition.id }

    package var change: KPIChange? {
        guard let value, let previous else { return nil }
        switch definition.unit {
        case .rate: return .points(value - previous)
        case .count, .money, .ratio, .minutes: return previous == 0 ? nil : .relative((value - previous) / previous)
        }
    }

    package var status: KPIStatus? {
        guard let target, let value else { return nil }
        return target.isBreached(by: value) ? .breached : .ok
    }

    /// True when the value moved the good way (respecting the KPI's direction); nil when flat or unknown.
    package var movedFavourably: Bool? {
        guard let change, change.value != 0 else { return nil }
        return (change.value > 0) == definition.higherIsBetter
    }
}
