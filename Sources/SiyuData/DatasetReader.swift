import Foundation
import SiyuCore

/// Reads the exports into a typed `Dataset`, collecting every located problem (up to a cap) before failing.
package enum DatasetReader {
    package struct Result: Sendable {
        package var dataset: Dataset
        package var warnings: [Diagnostic]
        package var rowsRead: [DataTable: Int]
    }

    package static func read(_ sources: [DataSource], options: ReadOptions = ReadOptions()) throws(DiagnosticList) -> Result {
        var collector = DiagnosticCollector(cap: options.errorCap)
        var dataset = Dataset(present: Set(sources.map(\.table)))
        var warnings: [Diagnostic] = []
        var rowsRead: [DataTable: Int] = [:]
        let dates = DateTimeParser(clock: options.clock)

        for source in sources.sorted(by: { $0.table < $1.table }) {
            let document: CSVDocument
            do {
                let utf8 = try TextDecoder.utf8Bytes(of: source.bytes, path: source.path, declared: source.encoding)
                document = CSVDocument(path: source.path, utf8: utf8,
                                       delimiter: source.delimiter ?? detectDelimiter(utf8))
            } catch {
                collector.add(error)
                continue
            }
            var table = TableRows(source: source, document: document)
            table.read(dates: dates, options: options, collector: &collector, dataset: &dataset)
            rowsRead[source.table] = table.rowCount
            if !table.unknownColumns.isEmpty {
                dataset.unknownColumns[source.table] = table.unknownColumns
                warnings.append(.warning(at: SourceLocation(file: source.path, line: 1),
                                         "unknown column\(table.unknownColumns.count > 1 ? "s" : "") ignored: \(table.unknownColumns.joined(separator: ", "))",
                                         hint: "map it under data: columns: in siyu.yml if it holds a known field"))
            }
        }
        if dataset.present.contains(.contacts) == false {
            collector.add(.error(at: SourceLocation(file: "Content/data/contacts.csv"), "contacts.csv is missing",
                                 hint: "contacts is the one required export: put it in the data folder or set data: contacts: in siyu.yml"))
        }
        IntegrityChecker.check(&dataset, sources: sources, options: options, collector: &collector, warnings: &warnings)
        try collector.throwIfErrors()
        return Result(dataset: dataset, warnings: warnings, rowsRead: rowsRead)
    }

    /// Comma unless the header line has more tabs than commas (Excel "Unicode Text" is tab-separated).
    package static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var tabs = 0
        var inQuotes = false
        for byte in bytes {
            if byte == .quote { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == .lf || byte == .cr { break }
            if byte == UInt8(ascii: ",") { commas += 1 } else if byte == 0x09 { tabs += 1 }
        }
        return tabs > commas ? 0x09 : UInt8(ascii: ",")
    }
}

/// The rows of one file, decoded into the dataset.
private struct TableRows {
    let source: DataSource
    let document: CSVDocument
    var rowCount = 0
    var unknownColumns: [String] = []

    init(source: DataSource, document: CSVDocument) {
        self.source = source
        self.document = document
    }

    mutating func read(dates: DateTimeParser, options: ReadOptions, collector: inout DiagnosticCollector,
                       dataset: inout Dataset) {
        var reader = document.makeReader(fieldSizeCap: options.fieldSizeCap)
        let header: ResolvedHeader
        do {
            guard let record = try reader.next() else {
                collector.add(.error(at: SourceLocation(file: source.path, line: 1), "the file is empty",
                                     hint: "expected a header row: " + source.table.schema.columns.map(\.name).joined(separator: ", ")))
                return
            }
            header = try HeaderMatcher.resolve(header: record.fields.map(document.string), schema: source.table.schema,
                                               explicit: source.columns, path: source.path,
                                               headerLine: document.sourceLine(startingAt: 0))
        } catch let error as CSVSyntaxError {
            collector.add(document.diagnostic(error))
            return
        } catch let error as Diagnostic {
            collector.add(error)
            return
        } catch {
            return
        }
        unknownColumns = header.unknown

        var skipped: [String: Int] = [:]
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
            } catch {
                // A syntax error loses our place in the file: report it and stop reading this file.
                collector.add(document.diagnostic(error))
                if options.lenient { skipped["malformed CSV", default: 0] += 1 }
                break
            }
            rowCount += 1
            if record.fields.count != header.fieldCount && !isPaddedWithEmptyFields(record, header) {
                let last = record.fields[min(record.fields.count, header.fieldCount) - 1]
                let diagnostic = document.diagnostic(
                    at: last, "expected \(header.fieldCount) fields, found \(record.fields.count)",
                    hint: record.fields.count > header.fieldCount
                        ? "a value holding a comma must be wrapped in double quotes"
                        : "a field is missing; every row needs as many fields as the header")
                if options.lenient { skipped["wrong number of fields", default: 0] += 1 } else { collector.add(diagnostic) }
                continue
            }
            var row = RowCursor(document: document, record: record, dates: dates)
            let decoded = decode(&row, header, into: &dataset)
            if !decoded {
                if options.lenient {
                    skipped[row.problems.first.map { reasonKey($0.message) } ?? "invalid value", default: 0] += 1
                } else {
                    collector.add(contentsOf: row.problems)
                }
            }
            if collector.isFull && !options.lenient { break }
        }
        for (reason, count) in skipped.sorted(by: { $0.key < $1.key }) {
            dataset.skippedRows.append(SkippedRows(table: source.table, reason: reason, count: count))
        }
    }

    /// Excel sometimes writes trailing delimiters: extra fields are fine when they are all empty.
    private func isPaddedWithEmptyFields(_ record: CSVRecord, _ header: ResolvedHeader) -> Bool {
        record.fields.count > header.fieldCount && record.fields[header.fieldCount...].allSatisfy(\.isEmpty)
    }

    private func decode(_ row: inout RowCursor, _ header: ResolvedHeader, into dataset: inout Dataset) -> Bool {
        switch source.table {
        case .contacts: RowDecoders.contact(&row, header).map { dataset.contacts.append($0) } != nil
        case .orders: RowDecoders.order(&row, header).map { dataset.orders.append($0) } != nil
        case .touches: RowDecoders.touch(&row, header).map { dataset.touches.append($0) } != nil
        case .groups: RowDecoders.group(&row, header).map { dataset.groups.append($0) } != nil
        case .spend: RowDecoders.spend(&row, header).map { dataset.spend.append($0) } != nil
        }
    }

    /// "added_at \"2025-13-01\" is not a date and time" → "added_at: not a date and time".
    private func reasonKey(_ message: String) -> String {
        guard let column = message.split(separator: " ").first else { return message }
        if let closing = message.range(of: "\" ", options: .backwards) {
            return "\(column): \(message[closing.upperBound...])"
        }
        return message
    }
}
