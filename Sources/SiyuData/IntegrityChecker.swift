import SiyuCore

/// Checks across rows: duplicate ids and impossible lifetimes. Unlinked orders are kept (they are data-quality
/// figures, not errors).
enum IntegrityChecker {
    static func check(_ dataset: inout Dataset, sources: [DataSource], options: ReadOptions,
                      collector: inout DiagnosticCollector, warnings: inout [Diagnostic]) {
        func path(_ table: DataTable) -> String {
            sources.first(where: { $0.table == table })?.path ?? table.defaultFileName
        }
        duplicates(dataset.contacts.map { ($0.id, $0.line) }, "contact_id", path(.contacts), &collector)
        duplicates(dataset.orders.map { ($0.id, $0.line) }, "order_id", path(.orders), &collector)
        duplicates(dataset.groups.map { ($0.id, $0.line) }, "group_id", path(.groups), &collector)

        for contact in dataset.contacts {
            if let lost = contact.lostAt, lost < contact.addedAt {
                collector.add(.error(at: SourceLocation(file: path(.contacts), line: contact.line),
                                     "lost_at is before added_at for contact \"\(contact.id)\"",
                                     hint: "a relationship cannot end before it starts: check the two columns and their time zones"))
            }
        }
    }

    private static func duplicates(_ ids: [(String, Int)], _ column: String, _ path: String,
                                   _ collector: inout DiagnosticCollector) {
        var firstLine: [String: Int] = [:]
        for (id, line) in ids {
            if let first = firstLine[id] {
                collector.add(.error(at: SourceLocation(file: path, line: line), "duplicate \(column) \"\(id)\"",
                                     hint: "first seen on line \(first); remove one of the rows or give it its own id"))
            } else {
                firstLine[id] = line
            }
        }
    }
}
