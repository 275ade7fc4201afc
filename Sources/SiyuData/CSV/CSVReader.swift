import CSiyuScan

// Why our own reader rather than yaslab/CSV.swift 2.5.2: on the 71.6 MB touches.csv of a `--scale 1` sample,
// release builds, best of three, 2-core AMD EPYC, Swift 6.3.1 on Linux:
//   CSV.swift, rows of String (CSVReader(stream:hasHeaderRow:))    16.1 MB/s
//   this reader, byte ranges (what ingest uses)                    683 MB/s
//   this reader, making a String of every field as CSV.swift does  189 MB/s
// Command: COMPARE=1 Benchmarks/ingest/run.sh 1 (it builds both in a throwaway package under /tmp).
// CSV.swift also exposes no line or offset for a row or an error (`CSVError.unicodeDecoding` says nothing of
// where), which located errors need.

/// A byte-level RFC 4180 reader: quoted fields with delimiters, CR/LF and doubled quotes inside; CRLF, LF or CR
/// line ends; a last line without a newline. It walks UTF-8 bytes and hands out byte ranges into one reused
/// record, so a row costs no allocation, and only the columns a table needs are ever turned into strings.
package struct CSVReader {
    /// Keeps `bytes` alive.
    package let source: SourceBytes
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the input ends (exclusive).
    package let end: Int
    package let delimiter: UInt8
    /// Largest field accepted, so an unclosed quote cannot swallow the rest of the file.
    package let fieldSizeCap: Int
    /// The delimiter in every byte of a word, for `nextSpecialByte`.
    private let delimiterInEveryByte: UInt64

    package private(set) var position: Int
    /// Whether lines without a quote are split in one pass (`splitPlainLine`, and the decoders' fast path through
    /// `nextPlainLine`); tests turn it off to compare both with the general path.
    package var splitsPlainLines = true
    /// Field ends a plain line may have: a small buffer, on the stack or reused line after line, where a larger
    /// one was allocated for every line.
    package static let plainFieldCapacity = 64
    private var line = 1
    private var lineStart: Int

    /// `line` is the line number at `range.lowerBound`.
    package init(source: SourceBytes, range: Range<Int>, delimiter: UInt8 = .comma, fieldSizeCap: Int = 1 << 20,
                 line: Int = 1) {
        self.source = source
        bytes = source.buffer
        end = min(range.upperBound, bytes.count)
        position = range.lowerBound
        lineStart = range.lowerBound
        self.line = line
        self.delimiter = delimiter
        self.fieldSizeCap = fieldSizeCap
        delimiterInEveryByte = Self.everyByte(delimiter)
    }

    package init(bytes: [UInt8], delimiter: UInt8 = .comma, fieldSizeCap: Int = 1 << 20) {
        self.init(source: SourceBytes(bytes), range: 0..<bytes.count, delimiter: delimiter, fieldSizeCap: fieldSizeCap)
    }

    /// Fills `record` with the next record; false at the end of the input. Blank lines are skipped. `tryingPlain`
    /// false skips the one-pass split, for a caller whose `nextPlainLine` has just refused the line.
    package mutating func next(into record: inout CSVRecord, tryingPlain: Bool = true) throws(CSVSyntaxError) -> Bool {
        while position < end, bytes[position] == .lf || bytes[position] == .cr { consumeLineEnd() }
        guard position < end else { return false }
        if tryingPlain && splitsPlainLines, splitPlainLine(into: &record) { return true }
        record.line = line
        record.start = position
        record.fields.removeAll()
        while true {
            record.fields.append(try readField())
            guard position < end else { return true }
            if bytes[position] == delimiter {
                position += 1
                if position == end {
                    // A trailing delimiter at the very end: one more empty field.
                    record.fields.append(CSVField(start: position, end: position, line: line, lineStart: lineStart))
                    return true
                }
                continue
            }
            consumeLineEnd()
            return true
        }
    }

    /// The next record in a fresh value (for headers and tests; the row loop reuses one record).
    package mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
        var record = CSVRecord()
        return try next(into: &record) ? record : nil
    }

    /// Splits the next line at its field ends into `ends` and moves past it, when it holds no quote, no oversized
    /// field and at most `ends.count` fields; blank lines before it are skipped. Nil, with nothing consumed but
    /// blank lines, otherwise or at the end: `next(into:)` reads that line.
    package mutating func nextPlainLine(_ ends: UnsafeMutableBufferPointer<Int>) -> PlainLine? {
        while position < end, bytes[position] == .lf || bytes[position] == .cr { consumeLineEnd() }
        guard position < end else { return nil }
        return splitLine(ends)
    }

    /// After a recoverable syntax error: go on from the start of the next physical line.
    package mutating func skipRestOfLine() {
        while position < end, bytes[position] != .lf, bytes[position] != .cr { position += 1 }
        if position < end { consumeLineEnd() }
    }

    private mutating func consumeLineEnd() {
        if bytes[position] == .cr, position + 1 < end, bytes[position + 1] == .lf { position += 1 }
        position += 1
        line += 1
        lineStart = position
    }

    /// Splits the record at `position` when its line holds no quote, as nearly every line of an export: one pass
    /// over the line in C, sixteen bytes a step (SSE2), collecting where fields end, then a field per end.
    /// Reading fields one call each took 1.89G instructions of `siyu kpis` at S=1; a pass eight bytes a step in
    /// Swift took 1.03G in this function (figures from before the decoders' fast path, which now splits most
    /// lines through `nextPlainLine`). False, with nothing consumed, for a line with a quote, an oversized field or
    /// more than `plainFieldCapacity` fields: the general path reads those and reports what is wrong.
    private mutating func splitPlainLine(into record: inout CSVRecord) -> Bool {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.plainFieldCapacity) { ends in
            guard let plain = splitLine(ends) else { return false }
            record.fill(plain)
            return true
        }
    }

    /// The line at `position` (not blank) split at its field ends, and `position` past it; nil, with nothing
    /// consumed, for a line with a quote, an oversized field or more fields than `ends` holds.
    private mutating func splitLine(_ ends: UnsafeMutableBufferPointer<Int>) -> PlainLine? {
        guard let base = bytes.baseAddress, let endsBase = ends.baseAddress else { return nil }
        let count = siyu_split_plain_line(base, position, end, delimiter, fieldSizeCap, endsBase, ends.count)
        guard count > 0 else { return nil }
        let plain = PlainLine(bytes: bytes, start: position, line: line, ends: UnsafeBufferPointer(rebasing: ends[0..<count]))
        position = endsBase[count - 1]
        if position < end { consumeLineEnd() }
        return plain
    }

    private mutating func readField() throws(CSVSyntaxError) -> CSVField {
        let start = position
        guard position < end, bytes[position] == .quote else {
            // Unquoted: up to the delimiter or the line end; a quote here is a mistake we refuse to guess at.
            position = nextSpecialByte(from: position)
            if position < end && bytes[position] == .quote {
                throw CSVSyntaxError(.bareQuote, line: line, lineStart: lineStart, offset: position)
            }
            if position - start > fieldSizeCap {
                throw CSVSyntaxError(.fieldTooLarge(fieldSizeCap), line: line, lineStart: lineStart, offset: start)
            }
            return CSVField(start: start, end: position, line: line, lineStart: lineStart)
        }
        return try readQuotedField()
    }

    /// The first delimiter, quote, CR or LF at or after `start` (or `end`), eight bytes at a time: byte by byte,
    /// splitting fields was 14% of the instructions of `siyu kpis` at S=1.
    @inline(__always)
    private func nextSpecialByte(from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let found = Self.zeroBytes(word ^ delimiterInEveryByte) | Self.zeroBytes(word ^ Self.lfInEveryByte)
                    | Self.zeroBytes(word ^ Self.crInEveryByte) | Self.zeroBytes(word ^ Self.quoteInEveryByte)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < end {
            let byte = bytes[index]
            if byte == delimiter || byte == .lf || byte == .cr || byte == .quote { break }
            index += 1
        }
        return index
    }

    private static let lfInEveryByte = everyByte(.lf)
    private static let crInEveryByte = everyByte(.cr)
    private static let quoteInEveryByte = everyByte(.quote)

    private static func everyByte(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// The high bit set in each zero byte of `word`. Bytes above the lowest zero byte may be flagged falsely (a
    /// borrow), but the lowest flag is exact, and that is the one used.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    private mutating func readQuotedField() throws(CSVSyntaxError) -> CSVField {
        let start = position
        let fieldLine = line
        let fieldLineStart = lineStart
        position += 1
        var hasDoubledQuotes = false
        while true {
            guard position < end else {
                throw CSVSyntaxError(.unclosedQuote, line: fieldLine, lineStart: fieldLineStart, offset: start)
            }
            let byte = bytes[position]
            if byte == .quote {
                if position + 1 < end && bytes[position + 1] == .quote {
                    hasDoubledQuotes = true
                    position += 2
                    continue
                }
                position += 1
                break
            }
            if byte == .lf || (byte == .cr && !(position + 1 < end && bytes[position + 1] == .lf)) {
                // A line end inside quotes: keep counting physical lines, and stop a runaway field at the cap.
                line += 1
                lineStart = position + 1
                if position - start > fieldSizeCap {
                    throw CSVSyntaxError(.fieldTooLarge(fieldSizeCap), line: fieldLine, lineStart: fieldLineStart, offset: start)
                }
            }
            position += 1
        }
        if position - start - 2 > fieldSizeCap {
            throw CSVSyntaxError(.fieldTooLarge(fieldSizeCap), line: fieldLine, lineStart: fieldLineStart, offset: start)
        }
        if position < end {
            let byte = bytes[position]
            if byte != delimiter && byte != .lf && byte != .cr {
                throw CSVSyntaxError(.textAfterClosingQuote, line: line, lineStart: lineStart, offset: position)
            }
        }
        return CSVField(start: start + 1, end: position - 1, line: fieldLine, lineStart: fieldLineStart,
                        quoted: true, hasDoubledQuotes: hasDoubledQuotes)
    }
}

/// A line without quotes, split by `CSVReader.nextPlainLine`: its fields are read by position, without a
/// `CSVRecord`, for decoders with a fast path (`RowDecoder.decodePlain`).
package struct PlainLine {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Offset of the line's first byte, and its line number.
    let start: Int
    let line: Int
    /// Where each field ends; the next starts one byte later.
    let ends: UnsafeBufferPointer<Int>

    var count: Int { ends.count }

    /// Field `index`'s bytes with surrounding spaces and tabs trimmed, as `CSVDocument.trimmed` gives them.
    @inline(__always)
    func trimmed(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        CSVDocument.trimmed(bytes, from: index == 0 ? start : ends[index - 1] + 1, to: ends[index])
    }

    /// The value of an optional column, nil when absent or empty, as `RowCursor.optional` gives it.
    func optionalString(_ index: Int?) -> String? {
        guard let index, index < count else { return nil }
        let cell = trimmed(index)
        return cell.isEmpty ? nil : String(decoding: cell, as: UTF8.self)
    }

    /// The text of an optional column, nil when absent or empty, as `RowCursor.optionalText` gives it.
    @inline(__always)
    func optionalText(_ index: Int?) -> CellText? {
        guard let index, index < count else { return nil }
        let cell = trimmed(index)
        return cell.isEmpty ? nil : .bytes(cell)
    }
}
