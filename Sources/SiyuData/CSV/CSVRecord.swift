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
    package internal(set) var fields = CSVFields()

    package init(line: Int = 0, start: Int = 0) {
        self.line = line
        self.start = start
    }

    /// The fields of a line split without quotes, all on its line.
    mutating func fill(_ plain: PlainLine) {
        line = plain.line
        start = plain.start
        fields.removeAll()
        fields.append(splitFrom: plain.start, at: plain.ends, line: plain.line, lineStart: plain.start)
    }

    /// Excel writes rows of bare delimiters for rows it thinks are used; they hold nothing.
    package var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}

/// A record's fields: an array that checks it owns its storage once per record (`removeAll`), not once per
/// field. Array's check on every append was a fifth of splitting the touches into fields (0.2G instructions
/// at S=1).
package struct CSVFields: RandomAccessCollection, Sendable {
    /// Mutated only while uniquely referenced: `removeAll` copies storage shared with another record first.
    private final class Storage: @unchecked Sendable {
        var fields: UnsafeMutablePointer<CSVField>
        var capacity: Int

        init(capacity: Int) {
            fields = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        deinit { fields.deallocate() }
    }

    private var storage = Storage(capacity: 16)
    package private(set) var count = 0

    package init() {}

    package var startIndex: Int { 0 }
    package var endIndex: Int { count }

    package subscript(index: Int) -> CSVField {
        precondition(index >= 0 && index < count, "field index out of range")
        return storage.fields[index]
    }

    /// Empties the list, making its storage this record's own.
    mutating func removeAll() {
        count = 0
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(capacity: storage.capacity) }
    }

    /// Adds a field; only after `removeAll`, which made the storage unique.
    @inline(__always)
    mutating func append(_ field: CSVField) {
        if count == storage.capacity { grow() }
        (storage.fields + count).initialize(to: field)
        count += 1
    }

    /// Adds the fields of a line split at `ends` (each field's end; the next starts one byte later), all on
    /// `line`: room is made once, not checked per field.
    @inline(__always)
    mutating func append(splitFrom start: Int, at ends: UnsafeBufferPointer<Int>, line: Int, lineStart: Int) {
        while count + ends.count > storage.capacity { grow() }
        var fieldStart = start
        for end in ends {
            (storage.fields + count).initialize(to: CSVField(start: fieldStart, end: end, line: line, lineStart: lineStart))
            count += 1
            fieldStart = end + 1
        }
    }

    private mutating func grow() {
        let larger = Storage(capacity: storage.capacity * 2)
        larger.fields.initialize(from: storage.fields, count: count)
        storage = larger
    }
}

extension UInt8 {
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
}
