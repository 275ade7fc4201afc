/// Every table of a project, typed. Missing optional files are empty tables, and `present` says which exist.
package struct Dataset: Sendable {
    package var contacts: [Contact]
    package var orders: OrderTable
    package var touches: TouchTable
    package var groups: [ChatGroup]
    package var spend: [Spend]
    package var present: Set<DataTable>
    /// Rows skipped with `--lenient`, per table and reason, for the data-quality page.
    package var skippedRows: [SkippedRows]
    /// Header columns no table uses, per file.
    package var unknownColumns: [DataTable: [String]]

    package init(contacts: [Contact] = [], orders: [Order] = [], touches: [Touch] = [], groups: [ChatGroup] = [],
                 spend: [Spend] = [], present: Set<DataTable> = Set(DataTable.allCases),
                 skippedRows: [SkippedRows] = [], unknownColumns: [DataTable: [String]] = [:]) {
        self.contacts = contacts
        self.orders = OrderTable(orders)
        self.touches = TouchTable(touches)
        self.groups = groups
        self.spend = spend
        self.present = present
        self.skippedRows = skippedRows
        self.unknownColumns = unknownColumns
    }

    /// The newest instant anywhere in the data: what "as of" defaults to.
    package var newestInstant: Int64? {
        var newest: Int64?
        func see(_ value: Int64) { if newest.map({ value > $0 }) ?? true { newest = value } }
        for contact in contacts {
            see(contact.addedAt)
            if let lost = contact.lostAt { see(lost) }
        }
        for at in orders.paidAt { see(at) }
        for at in touches.times { see(at) }
        return newest
    }
}

package struct SkippedRows: Sendable, Hashable {
    package var table: DataTable
    package var reason: String
    package var count: Int
}
