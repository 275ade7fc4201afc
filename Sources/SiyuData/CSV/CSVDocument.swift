import SiyuCore

/// A CSV file's text, already in UTF-8, with what error messages need: its display path, source lines and
/// character columns. Offsets are into `source`; the text is `range` (a byte-order mark is left outside it).
package struct CSVDocument: Sendable {
    /// The path shown to users, relative to the project.
    package let path: String
    package let source: SourceBytes
    package let range: Range<Int>
    package let delimiter: UInt8

    package init(path: String, source: SourceBytes, range: Range<Int>, delimiter: UInt8) {
        self.path = path
        self.source = source
        self.range = range
        self.delimiter = delimiter
    }

    package init(path: String, utf8 bytes: [UInt8], delimiter: UInt8) {
        self.init(path: path, source: SourceBytes(bytes), range: 0..<bytes.count, delimiter: delimiter)
    }

    package func makeReader(fieldSizeCap: Int = 1 << 20) -> CSVReader {
        CSVReader(source: source, range: range, delimiter: delimiter, fieldSizeCap: fieldSizeCap)
    }

    /// The bytes of a field with surrounding spaces and tabs trimmed (quotes are already outside the field).
    @inline(__always)
    package func trimmed(_ field: CSVField) -> UnsafeBufferPointer<UInt8> {
        Self.trimmed(source.buffer, from: field.start, to: field.end)
    }

    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UnsafeBufferPointer<UInt8> {
        var start = start
        var end = end
        while start < end && (bytes[start] == .space || bytes[start] == .tab) { start += 1 }
        while end > start && (bytes[end - 1] == .space || bytes[end - 1] == .tab) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The value of a field: quotes undoubled, surrounding spaces trimmed.
    package func string(_ field: CSVField) -> String {
        let text = String(decoding: trimmed(field), as: UTF8.self)
        return field.hasDoubledQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// 1-based character column of a byte offset within its line.
    package func column(lineStart: Int, offset: Int) -> Int {
        TextPosition.column(in: source.buffer, lineStart: lineStart, offset: offset)
    }

    /// The text of the physical line starting at `lineStart`.
    package func sourceLine(startingAt lineStart: Int) -> String {
        TextPosition.line(in: source.buffer, startingAt: lineStart, end: range.upperBound)
    }

    package func location(of field: CSVField) -> SourceLocation {
        SourceLocation(file: path, line: field.line, column: column(lineStart: field.lineStart, offset: field.start))
    }

    package func diagnostic(_ error: CSVSyntaxError) -> Diagnostic {
        .error(at: SourceLocation(file: path, line: error.line, column: column(lineStart: error.lineStart, offset: error.offset)),
               error.message, hint: error.hint, sourceLine: sourceLine(startingAt: error.lineStart))
    }

    package func diagnostic(at field: CSVField, _ message: String, hint: String? = nil) -> Diagnostic {
        .error(at: location(of: field), message, hint: hint, sourceLine: sourceLine(startingAt: field.lineStart))
    }
}
