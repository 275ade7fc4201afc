#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cell's text where it lies in the file, or unescaped when a quoted cell doubles its quotes: ids are numbered
/// from it without making a `String` per row.
package enum CellText {
    case bytes(UnsafeBufferPointer<UInt8>)
    case string(String)
}

extension String {
    init(_ cell: CellText) {
        switch cell {
        case .bytes(let bytes): self.init(decoding: bytes, as: UTF8.self)
        case .string(let string): self = string
        }
    }

    /// Whether the string's UTF-8 is exactly `bytes`.
    func hasUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = self
        return string.withUTF8 { stored in
            guard stored.count == bytes.count, let left = stored.baseAddress, let right = bytes.baseAddress else {
                return stored.count == bytes.count
            }
            return memcmp(left, right, stored.count) == 0
        }
    }

    func hasText(_ cell: CellText) -> Bool {
        switch cell {
        case .bytes(let bytes): hasUTF8(bytes)
        case .string(let string): self == string
        }
    }
}
