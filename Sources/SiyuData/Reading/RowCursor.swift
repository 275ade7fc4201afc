/// Reads the cells of one file's rows: the record is refilled in place row after row, values are parsed from
/// the bytes where they lie, and every value that does not parse is recorded as a located problem, so a bad
/// cell is never a silent zero or an empty default.
package struct RowCursor {
    package let document: CSVDocument
    package let dates: DateTimeParser
    let modes: DateColumnModes
    private let bytes: UnsafeBufferPointer<UInt8>
    package var record = CSVRecord()
    package private(set) var problems: [CellProblem] = []
    private var strings = CellInterner<String>()
    private var tagLists = CellInterner<[String]>()

    init(document: CSVDocument, dates: DateTimeParser, modes: DateColumnModes) {
        self.document = document
        self.dates = dates
        self.modes = modes
        bytes = document.source.buffer
    }

    package var line: Int { record.line }
    package var isValid: Bool { problems.isEmpty }

    mutating func beginRow() {
        if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
    }

    private func field(_ index: Int?) -> CSVField? {
        guard let index, index < record.fields.count else { return nil }
        return record.fields[index]
    }

    // The readers decoders call are `mutating` though they change nothing: called on the decoders' `inout` cursor, a
    // non-mutating method got a 232-byte copy of the cursor first, three times a row of touches.csv.

    /// The text of an optional column, nil when absent or empty.
    package mutating func optional(_ index: Int?) -> String? {
        guard let field = field(index) else { return nil }
        let text = document.string(field)
        return text.isEmpty ? nil : text
    }

    /// Like `optional`, for columns whose values repeat: one shared string per distinct value.
    package mutating func repeated(_ index: Int?) -> String? {
        guard let field = field(index) else { return nil }
        if field.hasDoubledQuotes { return optional(index) }
        return repeated(cell: document.trimmed(field))
    }

    /// `repeated` of a cell's trimmed bytes, for `RowDecoder.decodePlain`.
    mutating func repeated(cell: UnsafeBufferPointer<UInt8>) -> String? {
        cell.isEmpty ? nil : strings.string(cell)
    }

    /// The text of an optional column as it lies in the file, nil when absent or empty.
    package mutating func optionalText(_ index: Int?) -> CellText? {
        guard let field = field(index) else { return nil }
        return text(field)
    }

    /// The text of a required column as it lies in the file; an empty cell is a problem.
    package mutating func requiredText(_ index: Int?, _ column: String) -> CellText? {
        guard let field = field(index) else { return nil }
        if let text = text(field) { return text }
        report(field, "\(column) is empty", hint: "every row needs a \(column)", reason: "\(column): empty")
        return nil
    }

    private mutating func text(_ field: CSVField) -> CellText? {
        if field.hasDoubledQuotes {
            let text = document.string(field)
            return text.isEmpty ? nil : .string(text)
        }
        let cell = document.trimmed(field)
        return cell.isEmpty ? nil : .bytes(cell)
    }

    /// The text of a required column; an empty cell is a problem.
    package mutating func required(_ index: Int?, _ column: String) -> String? {
        guard let field = field(index) else { return nil }
        let text = document.string(field)
        if text.isEmpty { report(field, "\(column) is empty", hint: "every row needs a \(column)", reason: "\(column): empty") }
        return text.isEmpty ? nil : text
    }

    package mutating func instant(_ index: Int?, _ column: String, required: Bool) -> Int64? {
        guard let index, let field = field(index) else { return nil }
        let cell = document.trimmed(field)
        if cell.isEmpty {
            if required { report(field, "\(column) is empty", hint: "every row needs a \(column)", reason: "\(column): empty") }
            return nil
        }
        if let value = instant(cell: cell, column: index) { return value }
        report(field, "\(column) \"\(document.string(field))\" is not a date and time", hint: dateHint(index, cell, time: true),
               reason: "\(column): not a date and time")
        return nil
    }

    /// `instant` of a cell's trimmed bytes in column `index`, nil where `instant` would report a problem; for
    /// `RowDecoder.decodePlain` too.
    @inline(__always)
    func instant(cell: UnsafeBufferPointer<UInt8>, column index: Int) -> Int64? {
        guard !cell.isEmpty else { return nil }
        return modes.isSerial(index) ? dates.instant(excelSerial: cell) : dates.instant(cell)
    }

    package mutating func day(_ index: Int?, _ column: String) -> Int64? {
        guard let index, let field = field(index) else { return nil }
        let cell = document.trimmed(field)
        if cell.isEmpty {
            report(field, "\(column) is empty", hint: "every row needs a \(column)", reason: "\(column): empty")
            return nil
        }
        let value = modes.isSerial(index) ? dates.day(excelSerial: cell) : dates.day(cell)
        if let value { return value }
        report(field, "\(column) \"\(document.string(field))\" is not a date", hint: dateHint(index, cell, time: false),
               reason: "\(column): not a date")
        return nil
    }

    private func dateHint(_ index: Int, _ cell: UnsafeBufferPointer<UInt8>, time: Bool) -> String {
        if ExcelSerial.isSerial(cell), let sample = modes.textSample[index] {
            return "it looks like an Excel serial date, read only when the whole column holds them, but line \(sample.line) holds \"\(sample.text)\": format the column as dates in Excel before saving"
        }
        return time ? "use 2025-11-03 14:05[:09], 2025/11/3 14:05, ISO 8601 with an offset, or epoch seconds"
                    : "use 2025-11-03 or 2025/11/3"
    }

    /// Money in fen; negative amounts are refused with `negativeHint` saying what to do instead.
    package mutating func money(_ index: Int?, _ column: String, negativeHint: String) -> Int64? {
        guard let field = field(index) else { return nil }
        let cell = document.trimmed(field)
        if cell.isEmpty {
            report(field, "\(column) is empty", hint: "every row needs a \(column)", reason: "\(column): empty")
            return nil
        }
        if let value = MoneyParser.fen(cell) { return value }
        let text = document.string(field)
        if MoneyParser.fen(cell, allowNegative: true) != nil {
            report(field, "\(column) \"\(text)\" is negative", hint: negativeHint, reason: "\(column): negative")
        } else {
            report(field, "\(column) \"\(text)\" is not an amount of money",
                   hint: "use 1234.5, 1,234.50 or ¥1,234.50 (thousands separators group by three; the decimal mark is a point)",
                   reason: "\(column): not money")
        }
        return nil
    }

    package mutating func bool(_ index: Int?, _ column: String) -> Bool? {
        guard let field = field(index) else { return false }
        if !field.hasDoubledQuotes, let value = BoolParser.labels.match(document.trimmed(field)) { return value }
        report(field, "\(column) \"\(document.string(field))\" is not yes or no", hint: "use 1/0, true/false, Y/N, 是/否 or 已退款/未退款",
               reason: "\(column): not yes or no")
        return nil
    }

    /// An enum cell, matched against its labels in place; an empty cell is `defaultValue` when there is one.
    mutating func label<Value>(_ index: Int?, _ column: String, default defaultValue: Value?,
                               labels: LabelMatcher<Value>, allowed: @autoclosure () -> String) -> Value? {
        guard let field = field(index) else { return defaultValue }
        let cell = document.trimmed(field)
        if cell.isEmpty, let defaultValue { return defaultValue }
        if !field.hasDoubledQuotes, let value = labels.match(cell) { return value }
        let text = document.string(field)
        report(field, text.isEmpty ? "\(column) is empty" : "\(column) \"\(text)\" is not a known value",
               hint: "use one of: \(allowed())", reason: "\(column): unknown value")
        return nil
    }

    /// The tags of a list cell. Exports repeat the same few lists, so each distinct cell is split once and its
    /// list shared: splitting every row was a quarter of reading contacts.csv, and the arrays 80 MB, at S=10.
    package mutating func tagList(_ index: Int?) -> [String] {
        guard let field = field(index), !field.isEmpty else { return [] }
        if field.hasDoubledQuotes { return TagListParser.parse(document.string(field)) }
        return tagList(cell: document.trimmed(field))
    }

    /// `tagList` of a cell's trimmed bytes, for `RowDecoder.decodePlain`.
    mutating func tagList(cell: UnsafeBufferPointer<UInt8>) -> [String] {
        cell.isEmpty ? [] : tagLists.value(cell) { TagListParser.parse($0) }
    }

    package mutating func report(_ field: CSVField, _ message: String, hint: String? = nil, reason: String) {
        problems.append(CellProblem(field: field, message: message, hint: hint, reason: reason))
    }
}
