import SiyuCore

/// Messages for text that is not valid in its encoding: where (line, column, the line itself) and what the file
/// looks like instead.
extension TextDecoder {
    static func invalidUTF8(_ raw: SourceBytes, at offset: Int, path: String, hint: String) -> Diagnostic {
        let bytes = raw.buffer
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let (line, lineStart) = TextPosition.locate(offset, in: bytes, from: start)
        return .error(at: SourceLocation(file: path, line: line,
                                         column: TextPosition.column(in: bytes, lineStart: lineStart, offset: offset)),
                      "the file is not valid UTF-8 (\(hex(bytes, at: offset)))", hint: hint,
                      sourceLine: TextPosition.line(in: bytes, startingAt: lineStart, end: bytes.count))
    }

    static func failure(_ failure: TranscodeFailure, in raw: SourceBytes, encoding: TextEncoding, path: String,
                        hint: String) -> Diagnostic {
        // The converted text ends where the bad bytes start, so its last line and column are theirs.
        let converted = failure.converted.buffer
        let (line, lineStart) = TextPosition.locate(converted.count, in: converted)
        let column = TextPosition.column(in: converted, lineStart: lineStart, offset: converted.count)
        let shown = TextPosition.line(in: converted, startingAt: lineStart, end: converted.count) + "\u{FFFD}"
        let message = failure.truncated
            ? "the file ends in the middle of a \(encoding.displayName) character"
            : "the file is not valid \(encoding.displayName) (\(hex(raw.buffer, at: failure.inputOffset)))"
        return .error(at: SourceLocation(file: path, line: line, column: column), message, hint: hint, sourceLine: shown)
    }

    /// What to tell a user whose file is not `encoding`: which encoding it reads as, and what to change.
    static func looksLike(_ raw: SourceBytes, from start: Int, not encoding: TextEncoding, whence: String) -> String {
        let bytes = raw.buffer
        let body = UnsafeBufferPointer(rebasing: bytes[start...])
        let claim = "\(whence) \(encoding.displayName), but"
        let fix = whence.hasPrefix("siyu.yml") ? "remove `encoding:` for this file in siyu.yml" : "save it again as \"CSV UTF-8\""
        if encoding != .utf8, UTF8Validator.firstInvalidOffset(body) == nil {
            return "\(claim) it looks like UTF-8: \(fix)"
        }
        if encoding != .utf16LE && encoding != .utf16BE, let utf16 = utf16WithoutMark(body) {
            return "\(claim) it looks like \(utf16.displayName): set `encoding: \(utf16.rawValue)` for this file in siyu.yml"
        }
        if encoding != .gb18030, (try? GB18030Transcoder.utf8(from: bytes, range: start..<bytes.count, release: { _ in })) != nil {
            return "\(claim) it looks like GB18030/GBK (what Excel on Chinese Windows writes): set `encoding: gb18030` for this file in siyu.yml, or save it as \"CSV UTF-8\""
        }
        return "\(claim) it is not valid in UTF-8 or GB18030/GBK either: open it in Excel and save it as \"CSV UTF-8\""
    }

    /// `byte 0xFF` or `bytes 0xD5 0xC5`: the offending byte and, when not ASCII, the one after it.
    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        guard offset < bytes.count else { return "at the end" }
        var shown = [bytes[offset]]
        var index = offset + 1
        while index < bytes.count, index < offset + 2, bytes[index] >= 0x80 {
            shown.append(bytes[index])
            index += 1
        }
        let text = shown.map { "0x" + (($0 < 0x10) ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        return (shown.count == 1 ? "byte " : "bytes ") + text
    }
}
