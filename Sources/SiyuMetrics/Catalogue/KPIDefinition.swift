/// What a KPI's number is measured in; decides formatting and how change is shown.
package enum KPIUnit: String, Sendable, Codable {
    /// People, contacts, orders: change in %.
    case count
    /// Yuan: change in %.
    case money
    /// A fraction 0…1: change in percentage points.
    case rate
    /// A plain ratio such as orders per buyer: change in %.
    case ratio
    /// A duration in minutes: change in %.
    case minutes
}

/// One entry of the KPI catalogue: the stable id every part of Siyu uses, names, unit, direction, definition.
package struct KPIDefinition: Sendable, Hashable {
    package var id: String
    package var family: KPIFamily
    package var nameZh: String
    package var nameEn: String
    package var unit: KPIUnit
    /// True when a rise is good news (new contacts), false when it is bad (loss rate).
    package var higherIsBetter: Bool
    package var definitionZh: String
    package var definitionEn: String
}

package enum KPIFamily: String, Sendable, Codable, CaseIterable {
    case pool, engagement, groups, commerce, ltv, fission, channels
}
