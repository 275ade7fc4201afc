/// Finds an enum value by one of its labels, ASCII case-insensitively, straight from a cell's bytes: a touches
/// file has millions of `群发`/`out` cells, and building and lower-casing a String for each was a quarter of the
/// reading time.
struct LabelMatcher<Value>: Sendable where Value: Sendable {
    /// A label of up to 16 bytes as two little-endian words, zero-padded, with 0x20 in each byte that is a
    /// lower-case ASCII letter: `cell | caseBits == word` holds exactly when the cell's byte is that letter in
    /// either case, or any other byte equal to the label's. Comparing words instead of folding byte by byte cut
    /// label matching from about 200 to 40 instructions a cell.
    private struct ShortLabel: Sendable {
        var words: (UInt64, UInt64)
        var caseBits: (UInt64, UInt64)
        var count: Int
        var value: Value
    }

    private let shortLabels: [ShortLabel]
    private let longLabels: [(bytes: [UInt8], value: Value)]

    /// Labels in lower case, most frequent first.
    init(_ labels: [(String, Value)]) {
        var short: [ShortLabel] = []
        var long: [(bytes: [UInt8], value: Value)] = []
        for (label, value) in labels {
            let bytes = Array(label.utf8)
            guard bytes.count <= 16 else {
                long.append((bytes, value))
                continue
            }
            var words: (UInt64, UInt64) = (0, 0), caseBits: (UInt64, UInt64) = (0, 0)
            for (index, byte) in bytes.enumerated() {
                let shift = UInt64(index % 8 * 8)
                let isLetter = byte >= 0x61 && byte <= 0x7A
                if index < 8 {
                    words.0 |= UInt64(byte) << shift
                    if isLetter { caseBits.0 |= 0x20 << shift }
                } else {
                    words.1 |= UInt64(byte) << shift
                    if isLetter { caseBits.1 |= 0x20 << shift }
                }
            }
            short.append(ShortLabel(words: words, caseBits: caseBits, count: bytes.count, value: value))
        }
        shortLabels = short
        longLabels = long
    }

    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let count = bytes.count
        guard count <= 16, let base = bytes.baseAddress else { return matchLong(bytes) }
        let raw = UnsafeRawPointer(base)
        var cell: (UInt64, UInt64) = (0, 0)
        if count >= 8 {
            cell.0 = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            if count > 8 {
                // The last eight bytes, shifted down past the ones the first word holds.
                cell.1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) >> UInt64((16 - count) * 8)
            }
        } else {
            for index in 0..<count { cell.0 |= UInt64(base[index]) << UInt64(index * 8) }
        }
        for label in shortLabels where label.count == count {
            if cell.0 | label.caseBits.0 == label.words.0 && cell.1 | label.caseBits.1 == label.words.1 { return label.value }
        }
        return nil
    }

    /// Byte by byte, for labels over 16 bytes (none of the built-in ones).
    private func matchLong(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        for label in longLabels where label.bytes.count == bytes.count {
            var equal = true
            for index in 0..<bytes.count {
                var byte = bytes[index]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }  // ASCII upper → lower
                if byte != label.bytes[index] {
                    equal = false
                    break
                }
            }
            if equal { return label.value }
        }
        return nil
    }

    func match(_ text: String) -> Value? {
        var text = text
        return text.withUTF8 { match($0) }
    }
}
