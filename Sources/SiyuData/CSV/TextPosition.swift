/// Lines and columns in UTF-8 text, counted the way the reader counts them: LF, CRLF and a lone CR each end a
/// line; a column is a Unicode scalar.
package enum TextPosition {
    /// The line number (1-based) and line start of `offset`.
    package static func locate(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> (line: Int, lineStart: Int) {
        var line = 1
        var lineStart = start
        var index = start
        let limit = min(offset, bytes.count)
        while index < limit {
            let byte = bytes[index]
            if byte == .lf || (byte == .cr && !(index + 1 < bytes.count && bytes[index + 1] == .lf)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, lineStart)
    }

    package static func column(in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var column = 1
        var index = lineStart
        while index < offset && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    package static func line(in bytes: UnsafeBufferPointer<UInt8>, startingAt lineStart: Int, end: Int) -> String {
        var stop = lineStart
        let limit = min(end, bytes.count)
        while stop < limit && bytes[stop] != .lf && bytes[stop] != .cr { stop += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[min(lineStart, stop)..<stop]), as: UTF8.self)
    }
}
