import SiyuCore

/// A file's text as UTF-8, and how it was read.
package struct DecodedText: Sendable {
    package var source: SourceBytes
    /// The text within `source` (a UTF-8 byte-order mark is left outside).
    package var range: Range<Int>
    package var encoding: TextEncoding
    package var warnings: [Diagnostic] = []
}

/// Finds a file's encoding (byte-order mark, then UTF-8, then GB18030) unless `siyu.yml` declares one, and turns
/// the text into UTF-8. Bytes that are invalid in the encoding are an error at their line and column, naming the
/// encoding the file looks like; a replacement character never slips into a value. Line ends map one to one, so
/// lines and columns in the UTF-8 text are the file's own.
package enum TextDecoder {
    package static func decode(_ raw: SourceBytes, path: String, declared: TextEncoding? = nil) throws(Diagnostic) -> DecodedText {
        let bytes = raw.buffer
        if let (bom, length) = byteOrderMark(bytes) {
            var text = try decode(raw, from: length, as: bom, path: path, whence: "the byte-order mark says")
            if let declared, declared != bom {
                text.warnings.append(.warning(at: SourceLocation(file: path, line: 1),
                                              "siyu.yml says \(declared.displayName), but the file starts with a \(bom.displayName) byte-order mark; read as \(bom.displayName)",
                                              hint: "remove `encoding:` for this file, or set it to \(bom.rawValue)"))
            }
            return text
        }
        if let declared { return try decode(raw, from: 0, as: declared, path: path, whence: "siyu.yml says") }
        if let utf16 = utf16WithoutMark(bytes) {
            return try decode(raw, from: 0, as: utf16, path: path, whence: "its zero bytes say")
        }

        guard let invalid = firstInvalidUTF8(raw, from: 0) else { return DecodedText(source: raw, range: 0..<raw.count, encoding: .utf8) }
        if UTF8Validator.longSequences(bytes, upTo: invalid) >= 3 || UTF8Validator.isMostlyUTF8(bytes, from: invalid + 1) {
            // UTF-8 text around it: one damaged byte, not another encoding.
            throw invalidUTF8(raw, at: invalid, path: path,
                              hint: "the rest of the text is UTF-8, so the file is probably damaged here: fix or delete the byte and save the file as UTF-8")
        }
        do {
            return DecodedText(source: try GB18030Transcoder.utf8(from: bytes, range: 0..<raw.count, release: raw.release),
                               range: 0..<0, encoding: .gb18030).spanningSource()
        } catch {
            if error.inputOffset > invalid {
                throw failure(error, in: raw, encoding: .gb18030, path: path,
                              hint: "the text before it reads as GB18030/GBK (what Excel on Chinese Windows writes), so a byte is damaged or the file mixes encodings: save it again as \"CSV UTF-8\"")
            }
            throw invalidUTF8(raw, at: invalid, path: path,
                              hint: "it is neither UTF-8 nor GB18030/GBK; it may be Big5 or Windows-1252: open it in Excel and save it as \"CSV UTF-8\"")
        }
    }

    /// Decodes from `start` in a known encoding; failures name the encoding the file looks like instead.
    /// `whence` says why the encoding was chosen: "siyu.yml says", "the byte-order mark says".
    private static func decode(_ raw: SourceBytes, from start: Int, as encoding: TextEncoding, path: String,
                               whence: String) throws(Diagnostic) -> DecodedText {
        let bytes = raw.buffer
        switch encoding {
        case .utf8:
            if let invalid = firstInvalidUTF8(raw, from: start) {
                throw invalidUTF8(raw, at: invalid, path: path, hint: looksLike(raw, from: start, not: .utf8, whence: whence))
            }
            return DecodedText(source: raw, range: start..<raw.count, encoding: .utf8)
        case .gb18030:
            do {
                return DecodedText(source: try GB18030Transcoder.utf8(from: bytes, range: start..<raw.count, release: raw.release),
                                   range: 0..<0, encoding: .gb18030).spanningSource()
            } catch {
                throw failure(error, in: raw, encoding: .gb18030, path: path, hint: looksLike(raw, from: start, not: .gb18030, whence: whence))
            }
        case .utf16LE, .utf16BE:
            do {
                let source = try UTF16Transcoder.utf8(from: bytes, range: start..<raw.count, bigEndian: encoding == .utf16BE,
                                                      release: raw.release)
                return DecodedText(source: source, range: 0..<0, encoding: encoding).spanningSource()
            } catch {
                throw failure(error, in: raw, encoding: encoding, path: path, hint: looksLike(raw, from: start, not: encoding, whence: whence))
            }
        }
    }

    private static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (TextEncoding, Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }

    /// UTF-16 saved without a byte-order mark still shows itself: text in UTF-8 or GB18030 holds no zero bytes,
    /// while UTF-16 has one in every ASCII character (delimiters, digits, line ends), always on the same side.
    static func utf16WithoutMark(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let sample = min(bytes.count, 4096) & ~1
        var zerosAtOdd = 0
        var zerosAtEven = 0
        for index in 0..<sample where bytes[index] == 0 {
            if index & 1 == 1 { zerosAtOdd += 1 } else { zerosAtEven += 1 }
        }
        if zerosAtOdd >= 2 && zerosAtEven == 0 { return .utf16LE }
        if zerosAtEven >= 2 && zerosAtOdd == 0 { return .utf16BE }
        return nil
    }

    /// The offset of the first byte that breaks UTF-8, if any, checking blocks of `block` bytes on all cores
    /// (one core spent 0.3 s on touches.csv at S=10 while the other waited). Blocks start on the first byte of a
    /// character, so each reads whole characters; the pages of each valid block are handed back, so checking a
    /// big file does not hold it all.
    static func firstInvalidUTF8(_ source: SourceBytes, from start: Int, block: Int = 1 << 24) -> Int? {
        let bytes = source.buffer
        var bounds = [start]
        while let last = bounds.last, bytes.count - last > block {
            var next = last + block
            // A continuation byte belongs to the character before it (more than three in a row are an error
            // that the block before reports).
            while next < min(last + block + 3, bytes.count), bytes[next] & 0xC0 == 0x80 { next += 1 }
            bounds.append(next)
        }
        bounds.append(bytes.count)
        let blocks = bounds
        let found = Parallel.map(blocks.count - 1) { index -> Int? in
            let invalidAt = UTF8Validator.firstInvalidOffset(source.buffer, in: blocks[index]..<blocks[index + 1])
            if invalidAt == nil { source.release(blocks[index]..<blocks[index + 1]) }
            return invalidAt
        }
        return found.lazy.compactMap { $0 }.first
    }
}

extension DecodedText {
    /// Transcoded text fills its whole buffer.
    fileprivate func spanningSource() -> DecodedText {
        var copy = self
        copy.range = 0..<source.count
        return copy
    }
}
