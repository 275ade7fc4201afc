/// The five exports of SPEC §2.
package enum DataTable: String, Sendable, CaseIterable, Codable, Comparable {
    case contacts, orders, touches, groups, spend

    package var defaultFileName: String { rawValue + ".csv" }

    package var schema: TableSchema {
        switch self {
        case .contacts: .contacts
        case .orders: .orders
        case .touches: .touches
        case .groups: .groups
        case .spend: .spend
        }
    }

    package static func < (lhs: DataTable, rhs: DataTable) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
