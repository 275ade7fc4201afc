/// A byte-level RFC 4180 reader: quoted fields with delimiters, CR/LF and doubled quotes inside; CRLF or LF line
/// ends; a last line without a newline. It walks UTF-8 bytes and hands out byte ranges, so a row costs no
/// allocation beyond its field list, and only the columns a table needs are ever turned into strings.
package struct CSVReader: Sendable {
    package let bytes: [UInt8]
    package let delimiter: UInt8
    /// Largest field accepted, so an unclosed quote cannot swallow the rest of the file.
    package let fieldSizeCap: Int

    private var position = 0
    private var line = 1
    private var lineStart = 0

    package init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), fieldSizeCap: Int = 1 << 20) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.fieldSizeCap = fieldSizeCap
    }

    /// The next record, or nil at the end of the input. Blank lines are skipped.
    package mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == .lf || byte == .cr else { break }
            consumeLineEnd()
        }
        guard position < bytes.count else { return nil }

        var record = CSVRecord(line: line)
        while true {
            let field = try readField()
            record.fields.append(field)
            guard position < bytes.count else { return record }
            let byte = bytes[position]
            if byte == delimiter {
                position += 1
                if position == bytes.count {
                    // A trailing delimiter at the very end: one more empty field.
                    record.fields.append(CSVField(start: position, end: position, line: line, lineStart: lineStart))
                    return record
                }
                continue
            }
            consumeLineEnd()
            return record
        }
    }

    private mutating func consumeLineEnd() {
        if bytes[position] == .cr {
            position += 1
            if position < bytes.count && bytes[position] == .lf { position += 1 }
        } else {
            position += 1
        }
        line += 1
        lineStart = position
    }

    private mutating func readField() throws(CSVSyntaxError) -> CSVField {
        let start = position
        let fieldLine = line
        let fieldLineStart = lineStart
        guard position < bytes.count, bytes[position] == .quote else {
            // Unquoted: up to the delimiter or the line end; a quote here is a mistake we refuse to guess at.
            while position < bytes.count {
                let byte = bytes[position]
                if byte == delimiter || byte == .lf || byte == .cr { break }
                if byte == .quote {
                    throw CSVSyntaxError(.bareQuote, line: line, lineStart: lineStart, offset: position)
                }
                position += 1
                if position - start > fieldSizeCap {
                    throw CSVSyntaxError(.fieldTooLarge(fieldSizeCap), line: fieldLine, lineStart: fieldLineStart, offset: start)
                }
            }
            return CSVField(start: start, end: position, line: fieldLine, lineStart: fieldLineStart)
        }

        position += 1
        var hasDoubledQuotes = false
        while true {
            guard position < bytes.count else {
                throw CSVSyntaxError(.unclosedQuote, line: fieldLine, lineStart: fieldLineStart, offset: start)
            }
            let byte = bytes[position]
            if byte == .quote {
                if position + 1 < bytes.count && bytes[position + 1] == .quote {
                    hasDoubledQuotes = true
                    position += 2
                    continue
                }
                position += 1
                break
            }
            if byte == .lf || (byte == .cr && !(position + 1 < bytes.count && bytes[position + 1] == .lf)) {
                line += 1
                lineStart = position + 1
            }
            position += 1
            if position - start > fieldSizeCap {
                throw CSVSyntaxError(.fieldTooLarge(fieldSizeCap), line: fieldLine, lineStart: fieldLineStart, offset: start)
            }
        }
        if position < bytes.count {
            let byte = bytes[position]
            if byte != delimiter && byte != .lf && byte != .cr {
                throw CSVSyntaxError(.textAfterClosingQuote, line: line, lineStart: lineStart, offset: position)
            }
        }
        return CSVField(start: start + 1, end: position - 1, line: fieldLine, lineStart: fieldLineStart,
                        quoted: true, hasDoubledQuotes: hasDoubledQuotes)
    }
}

/// One field: a byte range of the input (quotes excluded) and where it starts, for error messages.
package struct CSVField: Sendable, Hashable {
    package var start: Int
    package var end: Int
    package var line: Int
    package var lineStart: Int
    package var quoted = false
    package var hasDoubledQuotes = false

    package var isEmpty: Bool { start == end }
}

package struct CSVRecord: Sendable {
    /// The physical line the record starts on (the header is line 1).
    package var line: Int
    package var fields: [CSVField] = []
}

package struct CSVSyntaxError: Error, Sendable, Equatable {
    package enum Reason: Sendable, Equatable {
        case bareQuote
        case unclosedQuote
        case textAfterClosingQuote
        case fieldTooLarge(Int)
    }

    package var reason: Reason
    package var line: Int
    package var lineStart: Int
    package var offset: Int

    package init(_ reason: Reason, line: Int, lineStart: Int, offset: Int) {
        self.reason = reason
        self.line = line
        self.lineStart = lineStart
        self.offset = offset
    }

    package var message: String {
        switch reason {
        case .bareQuote: "a quote inside an unquoted field"
        case .unclosedQuote: "a quoted field is never closed"
        case .textAfterClosingQuote: "text after a closing quote"
        case .fieldTooLarge(let cap): "a field is larger than \(cap / 1024) KiB"
        }
    }

    package var hint: String {
        switch reason {
        case .bareQuote, .textAfterClosingQuote:
            "wrap the whole field in double quotes and double each quote inside it: \"say \"\"hi\"\"\""
        case .unclosedQuote, .fieldTooLarge:
            "look for a missing closing double quote from here on"
        }
    }
}

extension UInt8 {
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
}
