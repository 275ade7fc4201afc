/// FNV-1a with a final mix: a fast, unseeded hash for the short keys of ingest (ids, labels, channel names).
/// Unseeded is fine here: the input is the user's own export, not an adversary's.
enum FNV1a {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash ^ (hash >> 29)
    }
}
