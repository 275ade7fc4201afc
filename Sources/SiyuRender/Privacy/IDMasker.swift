/// Replaces people's ids with keyed-hash tokens (SipHash-2-4 under the project's secret key), so published pages
/// can tell people apart without naming them. A plain hash would not do: phone numbers and short ids can be
/// enumerated and hashed by anyone, a keyed hash cannot be reversed without the key.
package struct IDMasker: Sendable {
    private let k0: UInt64
    private let k1: UInt64
    package let enabled: Bool

    /// `key` is any bytes (at least 16 are used); with `enabled` false ids are shown as they are.
    package init(key: [UInt8], enabled: Bool = true) {
        var bytes = key
        while bytes.count < 16 { bytes.append(0) }
        func word(_ offset: Int) -> UInt64 {
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
        }
        k0 = word(0)
        k1 = word(8)
        self.enabled = enabled
    }

    /// `客户·3f9a1c2e` style token, stable for a key.
    package func mask(_ id: String) -> String {
        guard enabled else { return id }
        let hash = hash(Array(id.utf8))
        let hex = String(hash >> 32, radix: 16)
        return "ID-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// SipHash-2-4 of the bytes.
    func hash(_ message: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575 ^ k0
        var v1: UInt64 = 0x646f_7261_6e64_6f6d ^ k1
        var v2: UInt64 = 0x6c79_6765_6e65_7261 ^ k0
        var v3: UInt64 = 0x7465_6462_7974_6573 ^ k1
        func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
        func round() {
            v0 &+= v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
            v2 &+= v3; v3 = rotl(v3, 16); v3 ^= v2
            v0 &+= v3; v3 = rotl(v3, 21); v3 ^= v0
            v2 &+= v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
        }
        let blocks = message.count / 8
        for block in 0..<blocks {
            var m: UInt64 = 0
            for byte in 0..<8 { m |= UInt64(message[block * 8 + byte]) << (8 * UInt64(byte)) }
            v3 ^= m; round(); round(); v0 ^= m
        }
        var last = UInt64(message.count & 0xFF) << 56
        for byte in 0..<(message.count % 8) { last |= UInt64(message[blocks * 8 + byte]) << (8 * UInt64(byte)) }
        v3 ^= last; round(); round(); v0 ^= last
        v2 ^= 0xFF
        round(); round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }
}
