import SiyuCore

/// One record being decoded: typed accessors that record a located diagnostic for every value that does not
/// parse, so a bad cell is never a silent zero or an empty default.
package struct RowCursor {
    package let document: CSVDocument
    package let record: CSVRecord
    package let dates: DateTimeParser
    package private(set) var problems: [Diagnostic] = []

    package init(document: CSVDocument, record: CSVRecord, dates: DateTimeParser) {
        self.document = document
        self.record = record
        self.dates = dates
    }

    package var line: Int { record.line }
    package var isValid: Bool { problems.isEmpty }

    private func field(_ index: Int?) -> CSVField? {
        guard let index, index < record.fields.count else { return nil }
        return record.fields[index]
    }

    /// The text of an optional column, nil when absent or empty.
    package func optional(_ index: Int?) -> String? {
        guard let field = field(index) else { return nil }
        let text = document.string(field)
        return text.isEmpty ? nil : text
    }

    /// The text of a required column; an empty cell is an error.
    package mutating func required(_ index: Int?, _ column: String) -> String? {
        guard let field = field(index) else { return nil }
        let text = document.string(field)
        if text.isEmpty { report(field, "\(column) is empty", hint: "every row needs a \(column)") }
        return text.isEmpty ? nil : text
    }

    package mutating func instant(_ index: Int?, _ column: String, required: Bool) -> Int64? {
        guard let text = required ? self.required(index, column) : optional(index), let field = field(index) else { return nil }
        if let value = dates.instant(text) { return value }
        report(field, "\(column) \"\(text)\" is not a date and time",
               hint: "use 2025-11-03 14:05[:09], 2025/11/3 14:05, ISO 8601 with an offset, or epoch seconds")
        return nil
    }

    package mutating func day(_ index: Int?, _ column: String) -> Int64? {
        guard let text = required(index, column), let field = field(index) else { return nil }
        if let value = dates.day(text) { return value }
        report(field, "\(column) \"\(text)\" is not a date", hint: "use 2025-11-03 or 2025/11/3")
        return nil
    }

    package mutating func money(_ index: Int?, _ column: String, allowNegative: Bool = false) -> Int64? {
        guard let text = required(index, column), let field = field(index) else { return nil }
        if let value = MoneyParser.fen(text, allowNegative: allowNegative) { return value }
        let negative = MoneyParser.fen(text, allowNegative: true).map { $0 < 0 } ?? false
        report(field, negative ? "\(column) \"\(text)\" is negative" : "\(column) \"\(text)\" is not an amount of money",
               hint: negative ? "a refund is a `refunded` flag on the order, not a negative amount"
                              : "use 1234.5, 1,234.50 or ¥1,234.50")
        return nil
    }

    package mutating func bool(_ index: Int?, _ column: String) -> Bool? {
        guard let field = field(index) else { return false }
        let text = document.string(field)
        if let value = BoolParser.parse(text) { return value }
        report(field, "\(column) \"\(text)\" is not yes or no", hint: "use 1/0, true/false, 是/否 or 已退款/未退款")
        return nil
    }

    package mutating func label<Value>(_ index: Int?, _ column: String, default defaultValue: Value?,
                                       parse: (String) -> Value?, allowed: String) -> Value? {
        guard let field = field(index) else { return defaultValue }
        let text = document.string(field)
        if text.isEmpty, let defaultValue { return defaultValue }
        if let value = parse(text) { return value }
        report(field, "\(column) \"\(text)\" is not a known value", hint: "use one of: \(allowed)")
        return nil
    }

    package mutating func report(_ field: CSVField, _ message: String, hint: String? = nil) {
        problems.append(document.diagnostic(at: field, message, hint: hint))
    }
}
