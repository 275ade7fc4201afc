import SiyuCore

/// Reads the exports into a typed `Dataset`, collecting every located problem (up to a cap, counting the rest)
/// before failing.
package enum DatasetReader {
    package struct Result: Sendable {
        package var dataset: Dataset
        package var warnings: [Diagnostic]
        package var rowsRead: [DataTable: Int]
        /// Per file, in table order: encoding, rows, date range, unknown columns.
        package var files: [FileStats]

        /// Hands the dataset over and keeps an empty one, so the metrics can let go of the rows they turn into
        /// columns.
        package mutating func takeDataset() -> Dataset {
            defer { dataset = Dataset() }
            return dataset
        }
    }

    /// Everything reading found, errors included: what `siyu check` reports.
    package struct Inspection: Sendable {
        package var result: Result
        /// Errors up to the cap, in the order found.
        package var errors: [Diagnostic]
        /// Errors past the cap, counted only.
        package var suppressed: Int

        package var errorCount: Int { errors.count + suppressed }
    }

    package static func read(_ sources: [DataSource], options: ReadOptions = ReadOptions()) throws(DiagnosticList) -> Result {
        let inspection = inspect(sources, options: options)
        if inspection.errorCount > 0 { throw DiagnosticList(inspection.errors, suppressed: inspection.suppressed) }
        return inspection.result
    }

    package static func inspect(_ sources: [DataSource], options: ReadOptions = ReadOptions()) -> Inspection {
        var errors = DiagnosticCollector(cap: options.errorCap)
        var warnings: [Diagnostic] = []
        var dataset = Dataset(present: Set(sources.map(\.table)))
        var files: [FileStats] = []
        let dates = DateTimeParser(clock: options.clock)

        // Files are read on all cores, then merged in table order, so the messages and their order are the same
        // as reading one after another.
        struct Part: Sendable {
            var dataset = Dataset()
            var errors: DiagnosticCollector
            var warnings: [Diagnostic] = []
            var stats: FileStats?
            /// For contacts.csv: its ids numbered when they all differ, and the rows repeating an id
            /// (`IdIndex.repeats`).
            var contactNumbering = IdentifierNumbering()
            var contactRepeats: [(row: Int, first: Int)] = []
        }
        let ordered = sources.sorted { $0.table < $1.table }
        @Sendable func read(_ index: Int, knownContacts: IdentifierNumbering = IdentifierNumbering()) -> Part {
            var part = Part(errors: DiagnosticCollector(cap: options.errorCap))
            var reader = TableReader(source: ordered[index], options: options, dates: dates)
            reader.knownContacts = knownContacts
            part.stats = reader.read(into: &part.dataset, errors: &part.errors, warnings: &part.warnings)
            if ordered[index].table == .contacts {
                // Split here rather than with the other checks, since touches are numbered by the split rows.
                part.contactRepeats = IntegrityChecker.splitMultiStaffRelationships(&part.dataset.contacts)
                if part.contactRepeats.isEmpty {
                    part.contactNumbering = IdentifierNumbering(distinct: part.dataset.contacts.map(\.id))
                }
            }
            return part
        }
        // The files but touches.csv side by side, largest first: a project without touches.csv read its orders
        // and contacts one after the other in 0.74 s at S=10, side by side in 0.46 s. Then touches.csv, whose
        // contact ids are numbered as the contacts' rows (`TouchTable(numberingContactsAs:)`), in parts on all
        // cores when it is large (nested parallel work would run on one). Read last, its parts and their join
        // come on top of the other tables: peak memory at S=10 went from 889 to 929 MB.
        let touchesIndex = ordered.firstIndex { $0.table == .touches }
        let others = ordered.indices.filter { $0 != touchesIndex }.sorted { ordered[$0].content.count > ordered[$1].content.count }
        var parts = [Part?](repeating: nil, count: ordered.count)
        for (index, part) in zip(others, Parallel.map(others.count) { read(others[$0]) }) { parts[index] = part }
        if let touchesIndex {
            let contactsPart = ordered.lastIndex { $0.table == .contacts }.flatMap { parts[$0] }
            parts[touchesIndex] = read(touchesIndex, knownContacts: contactsPart?.contactNumbering ?? IdentifierNumbering())
        }
        var contactRepeats: [(row: Int, first: Int)] = []
        for (source, part) in zip(ordered, parts) {
            guard let part else { continue }
            errors.add(part.errors)
            warnings += part.warnings
            if let stats = part.stats { files.append(stats) }
            dataset.skippedRows += part.dataset.skippedRows
            switch source.table {
            case .contacts:
                dataset.contacts = part.dataset.contacts
                contactRepeats = part.contactRepeats
            case .orders: dataset.orders = part.dataset.orders
            case .touches: dataset.touches = part.dataset.touches
            case .groups: dataset.groups = part.dataset.groups
            case .spend: dataset.spend = part.dataset.spend
            }
        }
        if !dataset.present.contains(.contacts) {
            errors.add(.error(at: SourceLocation(file: "contacts.csv"), "contacts.csv is missing",
                              hint: "contacts is the one required export: put it in the data folder or set data: contacts: in siyu.yml"))
        }
        let paths = Dictionary(sources.map { ($0.table, $0.path) }) { first, _ in first }
        IntegrityChecker.check(&dataset, contactRepeats: contactRepeats, paths: paths,
                               lenient: options.lenient, errors: &errors)

        for index in files.indices {
            let range = dateRange(files[index].table, dataset, options.clock)
            files[index].firstDay = range?.lowerBound
            files[index].lastDay = range?.upperBound
            files[index].skipped = dataset.skippedRows.filter { $0.table == files[index].table }.reduce(0) { $0 + $1.count }
        }
        let rowsRead = Dictionary(files.map { ($0.table, $0.rows) }) { first, _ in first }
        let result = Result(dataset: dataset, warnings: warnings, rowsRead: rowsRead, files: files)
        return Inspection(result: result, errors: errors.diagnostics, suppressed: errors.suppressed)
    }

    /// First and last local day of a table's main date column.
    private static func dateRange(_ table: DataTable, _ dataset: Dataset, _ clock: LocalClock) -> ClosedRange<Int64>? {
        func range<Row>(_ rows: [Row], _ instant: (Row) -> Int64) -> ClosedRange<Int64>? {
            guard let first = rows.first else { return nil }
            var low = instant(first)
            var high = low
            for row in rows {
                let value = instant(row)
                low = min(low, value)
                high = max(high, value)
            }
            return clock.day(of: low)...clock.day(of: high)
        }
        switch table {
        case .contacts: return range(dataset.contacts) { $0.addedAt }
        case .orders: return range(dataset.orders.paidAt) { $0 }
        case .touches: return range(dataset.touches.times) { $0 }
        case .groups: return range(dataset.groups) { $0.createdAt }
        case .spend:
            // Spend holds local days already.
            guard let first = dataset.spend.first else { return nil }
            return dataset.spend.reduce(first.day...first.day) { min($0.lowerBound, $1.day)...max($0.upperBound, $1.day) }
        }
    }
}
