import SiyuCore

/// Reads one export into its typed table: decode the text, find the delimiter and the columns, then decode row
/// after row, reporting every bad row (or, with `--lenient`, skipping and counting it).
struct TableReader {
    let source: DataSource
    let options: ReadOptions
    let dates: DateTimeParser
    /// contacts.csv's ids, numbered, for reading touches.csv.
    var knownContacts = IdentifierNumbering()

    /// Stands in for errors past the cap, which are only counted: building their messages would be wasted work.
    private static let uncounted = Diagnostic.error(at: SourceLocation(file: ""), "")

    func read(into dataset: inout Dataset, errors: inout DiagnosticCollector, warnings: inout [Diagnostic]) -> FileStats {
        var stats = FileStats(table: source.table, path: source.path, bytes: source.content.count)
        let text: DecodedText
        do {
            text = try TextDecoder.decode(source.content, path: source.path, declared: source.encoding)
        } catch {
            errors.add(error)
            return stats
        }
        warnings += text.warnings
        let delimiter = source.delimiter ?? DelimiterDetector.detect(text.source.buffer, range: text.range)
        stats.encoding = text.encoding
        stats.delimiter = delimiter
        let document = CSVDocument(path: source.path, source: text.source, range: text.range, delimiter: delimiter)
        var reader = document.makeReader(fieldSizeCap: options.fieldSizeCap)
        reader.splitsPlainLines = options.splitsPlainLines

        let headerRecord: CSVRecord
        do {
            guard let record = try reader.next() else {
                errors.add(.error(at: SourceLocation(file: source.path, line: 1), "the file is empty",
                                  hint: "expected a header row: " + source.table.schema.columns.map(\.name).joined(separator: ", ")
                                      + "; export the data again, or delete the file if there is none"))
                return stats
            }
            headerRecord = record
        } catch {
            errors.add(document.diagnostic(error))
            return stats
        }
        let header: ResolvedHeader
        do {
            header = try HeaderMatcher.resolve(header: headerRecord.fields.map(document.string), schema: source.table.schema,
                                               explicit: source.columns, path: source.path,
                                               headerLine: document.sourceLine(startingAt: headerRecord.start))
        } catch {
            errors.add(error)
            return stats
        }
        stats.unknownColumns = header.unknown
        if !header.unknown.isEmpty {
            warnings.append(.warning(at: SourceLocation(file: source.path, line: 1),
                                     "unknown column\(header.unknown.count > 1 ? "s" : "") ignored: \(header.unknown.joined(separator: ", "))",
                                     hint: "map one under data: \(source.table.rawValue): columns: in siyu.yml if it holds a known field"))
        }

        var rows = RowLoop(document: document, schema: source.table.schema, header: header, options: options, dates: dates)
        switch source.table {
        case .contacts: dataset.contacts = rows.read(ContactDecoder(header), &reader, &errors)
        case .orders: dataset.orders = rows.read(OrderDecoder(header), &reader, &errors)
        case .touches: dataset.touches = rows.read(TouchDecoder(header, knownContacts: knownContacts), &reader, &errors)
        case .groups: dataset.groups = rows.read(GroupDecoder(header), &reader, &errors)
        case .spend: dataset.spend = rows.read(SpendDecoder(header), &reader, &errors)
        }
        stats.rows = rows.count
        for (reason, count) in rows.skipped.sorted(by: { $0.key < $1.key }) {
            dataset.skippedRows.append(SkippedRows(table: source.table, reason: reason, count: count))
            stats.skipped += count
        }
        if rows.count == 0 {
            warnings.append(.warning(at: SourceLocation(file: source.path, line: 1), "the file has a header but no rows",
                                     hint: "its pages will say the data is missing"))
        }
        return stats
    }

    /// The row loop, specialised per table by its decoder.
    private struct RowLoop {
        let document: CSVDocument
        let schema: TableSchema
        let header: ResolvedHeader
        let options: ReadOptions
        let dates: DateTimeParser
        var count = 0
        var skipped: [String: Int] = [:]

        mutating func read<Decoder: RowDecoder>(_ decoder: Decoder, _ reader: inout CSVReader,
                                                _ errors: inout DiagnosticCollector) -> Decoder.Rows {
            let dateColumns = schema.columns.filter { $0.kind == .datetime || $0.kind == .date }.compactMap { header[$0.name] }
            let modes = DateColumnModes.decide(columns: dateColumns, document: document, reader: reader,
                                               fieldCount: header.fieldCount)
            if Decoder.Rows.readsInParts, let rows = readInParts(decoder, from: reader.position, modes: modes) { return rows }
            return read(decoder, &reader, modes: modes, &errors)
        }

        /// Large files are read as parts on all cores: touches.csv at S=10 is 720 MB, most of ingest. Parts start
        /// at a line end, which could fall inside a quoted field; the row numbering in messages also needs the
        /// whole file. So this is the fast path for clean files only: nil when a part meets any problem (or the
        /// file is small), and the caller reads the file again, front to back, for exact messages.
        private mutating func readInParts<Decoder: RowDecoder>(
            _ decoder: Decoder, from start: Int, modes: DateColumnModes
        ) -> Decoder.Rows? {
            let partSize = max(options.partSize, 1)
            let end = document.range.upperBound
            guard end - start >= 2 * partSize else { return nil }
            // Parts of one size, about `partSize` but as many as a multiple of the cores, so that no core waits on
            // the last: stepping by `partSize` read touches.csv at S=1 (72 MB) as 32 + 40 MB.
            let cores = Parallel.cores
            let partCount = (Int((Double(end - start) / Double(partSize)).rounded()) + cores - 1) / cores * cores
            let bytes = document.source.buffer
            var bounds = [start]
            for part in 1..<partCount {
                guard let last = bounds.last else { break }
                var next = max(start + (end - start) / partCount * part, last)
                while next < end && bytes[next] != .lf { next += 1 }
                guard next + 1 < end else { break }
                bounds.append(next + 1)
            }
            bounds.append(end)
            let loop = self, partBounds = bounds
            var parts = Parallel.map(partBounds.count - 1) { index -> FilePart<Decoder.Rows> in
                var part = loop
                part.count = 0
                var reader = CSVReader(source: loop.document.source, range: partBounds[index]..<partBounds[index + 1],
                                       delimiter: loop.document.delimiter, fieldSizeCap: loop.options.fieldSizeCap)
                reader.splitsPlainLines = loop.options.splitsPlainLines
                var errors = DiagnosticCollector(cap: 1)
                let rows = part.read(decoder, &reader, modes: modes, &errors)
                return FilePart(rows: rows, count: part.count, clean: errors.errorCount == 0 && part.skipped.isEmpty)
            }
            guard parts.allSatisfy({ $0.clean }) else { return nil }
            count = parts.reduce(0) { $0 + $1.count }
            var rows = parts.map(\.rows)
            parts.removeAll()  // so that merging can let each part go
            return Decoder.Rows.merged(&rows)
        }

        private mutating func read<Decoder: RowDecoder>(
            _ decoder: Decoder, _ reader: inout CSVReader, modes: DateColumnModes, _ errors: inout DiagnosticCollector
        ) -> Decoder.Rows {
            var cursor = RowCursor(document: document, dates: dates, modes: modes)
            var rows = decoder.makeRows()
            rows.reserveCapacity(estimatedRows(from: reader.position, to: reader.end))
            var pages = PageReleaser(source: document.source, start: reader.position)
            // Room for the field ends of a plain line, the decoder's fast path.
            let triesPlainLines = Decoder.decodesPlainLines && reader.splitsPlainLines
            let plainEnds = UnsafeMutableBufferPointer<Int>.allocate(capacity: triesPlainLines ? CSVReader.plainFieldCapacity : 0)
            defer { plainEnds.deallocate() }
            while true {
                if triesPlainLines, let line = reader.nextPlainLine(plainEnds) {
                    if line.count == header.fieldCount && decoder.decodePlain(line, &cursor, into: &rows) {
                        count += 1
                        pages.release(before: line.start)
                        continue
                    }
                    // Refused: the general path below reads the same fields, for its checks and messages.
                    cursor.record.fill(line)
                } else {
                    do {
                        // A line `nextPlainLine` refused is not split in one pass again.
                        guard try reader.next(into: &cursor.record, tryingPlain: !triesPlainLines) else { break }
                    } catch {
                        // A quote gone wrong: report it, and go on from the next line when the quote is closed. An
                        // unclosed quote stays an error even with --lenient: the rest of the file is lost with it.
                        count += 1
                        if options.lenient && error.isRecoverable {
                            skipped[error.reasonKey, default: 0] += 1
                        } else {
                            errors.add(errors.isFull ? TableReader.uncounted : document.diagnostic(error))
                        }
                        guard error.isRecoverable else { break }
                        reader.skipRestOfLine()
                        continue
                    }
                }
                if cursor.record.isBlank { continue }
                count += 1
                if !fits(cursor.record) {
                    wrongFieldCount(cursor.record, &errors)
                    continue
                }
                cursor.beginRow()
                if decoder.decode(&cursor, into: &rows) {
                    // Decoded and appended.
                } else if options.lenient {
                    skipped[cursor.problems.first?.reason ?? "invalid value", default: 0] += 1
                } else {
                    for problem in cursor.problems {
                        errors.add(errors.isFull ? TableReader.uncounted
                                                 : document.diagnostic(at: problem.field, problem.message, hint: problem.hint))
                    }
                }
                pages.release(before: cursor.record.start)
            }
            pages.release(before: reader.position, atLeast: 0)
            return rows
        }

        /// Hands back the pages of a mapped file behind the rows read, 16 MB at a time, so that a big file does not
        /// stay resident.
        private struct PageReleaser {
            let source: SourceBytes
            var released: Int

            init(source: SourceBytes, start: Int) {
                self.source = source
                released = start
            }

            mutating func release(before position: Int, atLeast size: Int = 1 << 24) {
                guard position - released >= size else { return }
                source.release(released..<position)
                released = position
            }
        }

        /// As many fields as the header; Excel's trailing delimiters are fine on either side: extra fields when
        /// they are empty, missing ones when their header cells are.
        private func fits(_ record: CSVRecord) -> Bool {
            let count = record.fields.count
            if count == header.fieldCount { return true }
            if count < header.fieldCount { return count >= header.namedFieldCount }
            return record.fields[header.fieldCount...].allSatisfy(\.isEmpty)
        }

        private mutating func wrongFieldCount(_ record: CSVRecord, _ errors: inout DiagnosticCollector) {
            if options.lenient {
                skipped["wrong number of fields", default: 0] += 1
                return
            }
            guard !errors.isFull else { return errors.add(TableReader.uncounted) }
            let long = record.fields.count > header.fieldCount
            let field = long ? record.fields[header.fieldCount] : record.fields[record.fields.count - 1]
            errors.add(document.diagnostic(
                at: field, "expected \(header.fieldCount) fields, found \(record.fields.count)",
                hint: long ? "a value holding a \(document.delimiter == .tab ? "tab" : "comma") must be wrapped in double quotes"
                           : "a field is missing; every row needs as many fields as the header"))
        }

        /// Rows to reserve room for, from the length of the first lines: one allocation instead of a doubling
        /// series that would briefly hold the table twice.
        private func estimatedRows(from start: Int, to end: Int) -> Int {
            let bytes = document.source.buffer
            let sampleEnd = min(end, start + (1 << 16))
            guard sampleEnd > start else { return 0 }
            var lines = 0
            for index in start..<sampleEnd where bytes[index] == .lf { lines += 1 }
            guard lines > 0 else { return 1 }
            let average = max(1, (sampleEnd - start) / lines)
            return (end - start) / average * 11 / 10 + 16
        }
    }
}

/// The rows one core read from a part of a file. Unchecked: each is made by one thread and read only after
/// `parallelMap` has returned.
private struct FilePart<Rows>: @unchecked Sendable {
    var rows: Rows
    var count: Int
    var clean: Bool
}
