import SiyuMetrics

/// KPIs that count people (contacts, persons, buyers): a value between 1 and the privacy threshold is published
/// as "<N", like any small breakdown. Counts of other things (groups) are shown as they are.
package enum PeopleCount {
    static let notPeople: Set<String> = ["dead_groups"]

    package static func isHidden(_ definition: KPIDefinition, _ value: Double?, minGroupSize: Int) -> Bool {
        guard definition.unit == .count, !notPeople.contains(definition.id), let value else { return false }
        return value != 0 && abs(value) < Double(minGroupSize)
    }
}
