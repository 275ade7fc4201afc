import SiyuCore

/// Checks across rows: duplicate ids and impossible lifetimes. With `--lenient` the offending rows are dropped
/// (the first of duplicates is kept) and counted. Orders whose customer is no contact are kept: they are a
/// data-quality figure, not an error.
enum IntegrityChecker {
    /// `contactRepeats`: the contacts' repeated ids, as `splitMultiStaffRelationships` found them when reading.
    static func check(_ dataset: inout Dataset, contactRepeats: [(row: Int, first: Int)], paths: [DataTable: String],
                      lenient: Bool, errors: inout DiagnosticCollector) {
        func path(_ table: DataTable) -> String { paths[table] ?? table.defaultFileName }
        // One table after another: only the orders' ids are many, and `IdIndex.repeats` checks them on all cores,
        // which it could not do inside a parallel map of the tables.
        struct Found {
            var duplicates = Set<Int>()
            var impossible = Set<Int>()
            var errors: DiagnosticCollector
            var impossibleErrors: DiagnosticCollector
        }
        let input = dataset, cap = errors.cap
        let found = (0..<3).map { table -> Found in
            var found = Found(errors: DiagnosticCollector(cap: cap), impossibleErrors: DiagnosticCollector(cap: cap))
            switch table {
            case 0:
                let contacts = input.contacts
                found.duplicates = duplicates(contactRepeats, id: { contacts[$0].id }, line: { contacts[$0].line }, "contact_id",
                                              path(.contacts), lenient, &found.errors)
                for (index, contact) in contacts.enumerated() {
                    guard let lost = contact.lostAt, lost < contact.addedAt else { continue }
                    found.impossible.insert(index)
                    if !lenient {
                        found.impossibleErrors.add(.error(
                            at: SourceLocation(file: path(.contacts), line: contact.line),
                            "lost_at is before added_at for contact \"\(contact.id)\"",
                            hint: "a relationship cannot end before it starts: check the two columns and their time zones"))
                    }
                }
            case 1:
                let orders = input.orders
                found.duplicates = duplicates(IdIndex.repeats(count: orders.ids.count) { orders.ids[$0] }, id: { orders.ids[$0] }, line: { Int(orders.lines[$0]) },
                                              "order_id", path(.orders), lenient, &found.errors)
            default:
                let groups = input.groups
                found.duplicates = duplicates(IdIndex.repeats(count: groups.count) { groups[$0].id }, id: { groups[$0].id }, line: { groups[$0].line },
                                              "group_id", path(.groups), lenient, &found.errors)
            }
            return found
        }
        for part in found { errors.add(part.errors) }
        errors.add(found[0].impossibleErrors)
        guard lenient else {
            _ = unsummable(dataset.orders.amounts, line: { Int(input.orders.lines[$0]) }, "amount", path(.orders), false, &errors)
            _ = unsummable(dataset.spend.map(\.cost), line: { input.spend[$0].line }, "cost", path(.spend), false, &errors)
            return
        }
        // One pass per table, so indices found above still point at the same rows.
        var skipped: [SkippedRows] = []
        remove(&dataset.contacts, [("duplicate contact_id", found[0].duplicates),
                                   ("lost_at before added_at", found[0].impossible.subtracting(found[0].duplicates))],
               .contacts, &skipped)
        if !found[1].duplicates.isEmpty {
            dataset.orders = dataset.orders.removing(rows: found[1].duplicates)
            skipped.append(SkippedRows(table: .orders, reason: "duplicate order_id", count: found[1].duplicates.count))
        }
        remove(&dataset.groups, [("duplicate group_id", found[2].duplicates)], .groups, &skipped)
        // After the duplicates are gone, so that the totals are those of the rows kept.
        let kept = dataset.orders
        let orderRows = unsummable(kept.amounts, line: { Int(kept.lines[$0]) }, "amount", path(.orders), true, &errors)
        if !orderRows.isEmpty {
            dataset.orders = dataset.orders.removing(rows: orderRows)
            skipped.append(SkippedRows(table: .orders, reason: Self.unsummableReason, count: orderRows.count))
        }
        let spend = dataset.spend
        remove(&dataset.spend, [(Self.unsummableReason, unsummable(spend.map(\.cost), line: { spend[$0].line }, "cost",
                                                                   path(.spend), true, &errors))], .spend, &skipped)
        dataset.skippedRows += skipped
    }

    /// Money is summed in fen as 64-bit integers, and a total may count a row more than once (a referrer's LTV
    /// includes the orders of those they referred, once per referred relationship): a column whose absolute values
    /// add up past 2⁶⁰ fen (about 1.15·10¹⁶ yuan, far past any real export) leaves a total room to count each row
    /// eight times before it could overflow, which would stop the process.
    static let moneyTotalLimit: Int64 = 1 << 60
    static let unsummableReason = "amounts too large to add up"

    /// The rows from which a money column's absolute values add up past `moneyTotalLimit`: all skipped when
    /// `lenient`, otherwise the first is an error (every later one would repeat it).
    private static func unsummable(_ values: [Int64], line: (Int) -> Int, _ column: String, _ path: String,
                                   _ lenient: Bool, _ errors: inout DiagnosticCollector) -> Set<Int> {
        var total: Int64 = 0
        var rows = Set<Int>()
        for (index, value) in values.enumerated() {
            // The parser caps one value far below the limit, so neither the magnitude nor the sum overflows.
            let magnitude = value.magnitude > UInt64(moneyTotalLimit) ? moneyTotalLimit : Int64(value.magnitude)
            guard total > moneyTotalLimit - magnitude else {
                total += magnitude
                continue
            }
            rows.insert(index)
            guard lenient else {
                errors.add(.error(at: SourceLocation(file: path, line: line(index)),
                                  "the \(column) column adds up to more than 10¹⁶ yuan by this row, more than Siyu can total",
                                  hint: "check the \(column) column's unit and digits: a value in fen read as yuan, or a stray run of digits, makes it 100 or more times too large"))
                return rows
            }
        }
        return rows
    }

    /// WeCom's customer export has one row per (customer, staff member) with the same 客户ID: one person, several
    /// relationships. Rows sharing an id but each with a different owner are kept as separate relationships — the
    /// earliest keeps the id (touches name it), later ones become `id@owner` — all with the id as the person.
    /// Rows repeating an id with the same owner stay duplicates. Returns the rows repeating an id after the split
    /// (`IdIndex.repeats`), which it finds on the way.
    static func splitMultiStaffRelationships(_ contacts: inout [Contact]) -> [(row: Int, first: Int)] {
        // Only repeated ids matter: the index finds them without a dictionary entry and an array for every contact
        // (0.5 s at S=10).
        // Of a copy passed in: the `@Sendable` closure `repeats` reads ids through cannot capture an `inout`.
        let repeats = { (contacts: [Contact]) in IdIndex.repeats(count: contacts.count) { contacts[$0].id } }
        let found = repeats(contacts)
        var rowsById: [String: [Int]] = [:]
        for (row, first) in found { rowsById[contacts[row].id, default: [first]].append(row) }
        var renamed = false
        for (id, rows) in rowsById where rows.count > 1 {
            let owners = rows.compactMap { contacts[$0].owner }
            guard owners.count == rows.count, Set(owners).count == rows.count else { continue }
            let ordered = rows.sorted { (contacts[$0].addedAt, contacts[$0].line) < (contacts[$1].addedAt, contacts[$1].line) }
            for index in ordered.dropFirst() {
                contacts[index].id = "\(id)@\(contacts[index].owner ?? "")"
                renamed = true
            }
        }
        return renamed ? repeats(contacts) : found
    }

    /// The rows repeating an earlier id (`IdIndex.repeats`, with each row's id and line), each an error unless
    /// `lenient`.
    private static func duplicates(_ repeats: [(row: Int, first: Int)], id: (Int) -> String, line: (Int) -> Int,
                                   _ column: String, _ path: String, _ lenient: Bool,
                                   _ errors: inout DiagnosticCollector) -> Set<Int> {
        var repeated = Set<Int>()
        for (index, first) in repeats {
            repeated.insert(index)
            if !lenient {
                errors.add(.error(at: SourceLocation(file: path, line: line(index)), "duplicate \(column) \"\(id(index))\"",
                                  hint: "first seen on line \(line(first)); remove one of the rows or give it its own id"))
            }
        }
        return repeated
    }

    private static func remove<Row>(_ rows: inout [Row], _ reasons: [(String, Set<Int>)], _ table: DataTable,
                                    _ skipped: inout [SkippedRows]) {
        let drop = reasons.reduce(into: Set<Int>()) { $0.formUnion($1.1) }
        guard !drop.isEmpty else { return }
        rows = rows.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        for (reason, indices) in reasons.sorted(by: { $0.0 < $1.0 }) where !indices.isEmpty {
            skipped.append(SkippedRows(table: table, reason: reason, count: indices.count))
        }
    }
}
