import Foundation
import SiyuCore

/// Character encodings Siyu reads. Everything is turned into UTF-8 bytes before parsing.
package enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    package init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8", "utf-8-sig": self = .utf8
        case "utf-16le", "utf16le", "utf-16", "unicode": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        default: return nil
        }
    }
}

/// Detects a file's encoding from its byte-order mark and converts it to UTF-8, refusing invalid bytes with
/// their line and column rather than letting a replacement character slip into a value.
package enum TextDecoder {
    package static func utf8Bytes(of raw: [UInt8], path: String, declared: TextEncoding? = nil) throws(Diagnostic) -> [UInt8] {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try validated(Array(raw.dropFirst(3)), path: path)
        }
        if raw.starts(with: [0xFF, 0xFE]) || declared == .utf16LE {
            return try transcode(raw, from: .utf16LittleEndian, path: path, name: "UTF-16 LE")
        }
        if raw.starts(with: [0xFE, 0xFF]) || declared == .utf16BE {
            return try transcode(raw, from: .utf16BigEndian, path: path, name: "UTF-16 BE")
        }
        return try validated(raw, path: path)
    }

    private static func transcode(_ raw: [UInt8], from encoding: String.Encoding, path: String,
                                  name: String) throws(Diagnostic) -> [UInt8] {
        let body = raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) ? Array(raw.dropFirst(2)) : raw
        guard body.count % 2 == 0, let text = String(data: Data(body), encoding: encoding) else {
            throw .error(at: SourceLocation(file: path, line: 1), "the file is not valid \(name)",
                         hint: "save it again as UTF-8 CSV, or set `encoding:` for this file in siyu.yml")
        }
        return Array(text.utf8)
    }

    /// Returns the bytes unchanged when they are valid UTF-8; otherwise throws at the first bad byte.
    package static func validated(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [UInt8] {
        guard let bad = firstInvalidUTF8Offset(bytes) else { return bytes }
        var line = 1
        var lineStart = 0
        for index in 0..<bad where bytes[index] == .lf {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<bad].reduce(1) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        let lineEnd = bytes[bad...].firstIndex(where: { $0 == .lf || $0 == .cr }) ?? bytes.count
        let shown = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        throw .error(at: SourceLocation(file: path, line: line, column: column),
                     "the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                     hint: "it looks like GB18030/GBK, what Excel on Chinese Windows writes: save it as \"CSV UTF-8\"",
                     sourceLine: shown)
    }

    /// Offset of the first byte that breaks UTF-8, or nil.
    package static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            minimum = 0
            index += length
        }
        return nil
    }
}
