/// A fast, unseeded hash for the keys of ingest (ids, labels, channel names): eight bytes a step, then
/// MurmurHash3's 64-bit finaliser. Unseeded is fine here: the input is the user's own export, not an adversary's.
/// The finaliser matters: sequential ids such as `wm10000…wm99999` differ in a few bits, which FNV-1a alone left
/// in runs of neighbouring slots; probing those was 8% of `siyu kpis` at S=10. Words rather than FNV-1a's byte at
/// a time: probe lengths on the S=10 contact and order ids are the same (0.31 extra slots per insert), and the
/// interning of channel and tag names at S=1 fell from 0.112G to 0.106G instructions.
enum ByteHash {
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return finalised(hash) }
        let raw = UnsafeRawPointer(base), count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            hash = mixed(hash, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < count && count >= 8 {
            // The last eight bytes, overlapping ones already mixed: one load instead of a byte at a time.
            hash = mixed(hash, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)))
        } else if offset < count {
            var tail: UInt64 = 0
            for index in offset..<count { tail |= UInt64(base[index]) << UInt64((index - offset) * 8) }
            hash = mixed(hash, tail)
        }
        return finalised(hash)
    }

    @inline(__always)
    private static func mixed(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 29)
    }

    @inline(__always)
    private static func finalised(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
