import SiyuCore

/// A CSV file's bytes, already in UTF-8, with what error messages need: its display path, source lines and
/// character columns.
package struct CSVDocument: Sendable {
    /// The path shown to users, relative to the project.
    package let path: String
    package let bytes: [UInt8]
    package let delimiter: UInt8

    package init(path: String, utf8 bytes: [UInt8], delimiter: UInt8) {
        self.path = path
        self.bytes = bytes
        self.delimiter = delimiter
    }

    package func makeReader(fieldSizeCap: Int = 1 << 20) -> CSVReader {
        CSVReader(bytes: bytes, delimiter: delimiter, fieldSizeCap: fieldSizeCap)
    }

    /// The value of a field: quotes undoubled, surrounding spaces trimmed.
    package func string(_ field: CSVField) -> String {
        var start = field.start
        var end = field.end
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return field.hasDoubledQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// 1-based character column of a byte offset within its line.
    package func column(lineStart: Int, offset: Int) -> Int {
        var column = 1
        var index = lineStart
        while index < offset && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    /// The text of the physical line starting at `lineStart`.
    package func sourceLine(startingAt lineStart: Int) -> String {
        var end = lineStart
        while end < bytes.count && bytes[end] != .lf && bytes[end] != .cr { end += 1 }
        return String(decoding: bytes[lineStart..<end], as: UTF8.self)
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
