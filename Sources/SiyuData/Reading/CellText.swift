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

    /// Whether the string's UTF-8 is exactly `bytes`. Its stored bytes are read in place where they can be:
    /// `withUTF8` is mutating, and the copy of the string it needed cost a retain and a release per comparison.
    func hasUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count == bytes.count else { return false }
        let same = utf8.withContiguousStorageIfAvailable { stored in
            guard let left = stored.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, stored.count) == 0
        }
        return same ?? utf8.elementsEqual(bytes)
    }

    func hasText(_ cell: CellText) -> Bool {
        switch cell {
        case .bytes(let bytes): hasUTF8(bytes)
        case .string(let string): self == string
        }
    }
}
