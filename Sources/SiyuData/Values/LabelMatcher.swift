/// Finds an enum value by one of its labels, ASCII case-insensitively, straight from a cell's bytes: a touches
/// file has millions of `群发`/`out` cells, and building and lower-casing a String for each was a quarter of the
/// reading time.
struct LabelMatcher<Value>: Sendable where Value: Sendable {
    private let labels: [(bytes: [UInt8], value: Value)]

    /// Labels in lower case, most frequent first.
    init(_ labels: [(String, Value)]) {
        self.labels = labels.map { (Array($0.0.utf8), $0.1) }
    }

    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        for label in labels where label.bytes.count == bytes.count {
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
