/// One field: a byte range of the input (quotes excluded) and where it starts, for error messages.
package struct CSVField: Sendable, Hashable {
    package var start: Int
    package var end: Int
    /// The physical line the field starts on, and the offset where that line starts.
    package var line: Int
    package var lineStart: Int
    package var quoted = false
    package var hasDoubledQuotes = false

    package init(start: Int, end: Int, line: Int, lineStart: Int, quoted: Bool = false, hasDoubledQuotes: Bool = false) {
        self.start = start
        self.end = end
        self.line = line
        self.lineStart = lineStart
        self.quoted = quoted
        self.hasDoubledQuotes = hasDoubledQuotes
    }

    package var isEmpty: Bool { start == end }
}

/// One record. The reader refills the same record row after row, so its field list is allocated once per file.
package struct CSVRecord: Sendable {
    /// The physical line the record starts on (the header is line 1).
    package var line: Int
    /// Offset of the record's first byte.
    package var start: Int
    package var fields: [CSVField] = []

    package init(line: Int = 0, start: Int = 0) {
        self.line = line
        self.start = start
        fields.reserveCapacity(16)
    }

    /// Excel writes rows of bare delimiters for rows it thinks are used; they hold nothing.
    package var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}

extension UInt8 {
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
}
