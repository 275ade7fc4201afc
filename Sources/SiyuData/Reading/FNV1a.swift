/// FNV-1a with MurmurHash3's 64-bit finaliser: a fast, unseeded hash for the short keys of ingest (ids, labels,
/// channel names). Unseeded is fine here: the input is the user's own export, not an adversary's. The finaliser
/// matters: sequential ids such as `wm10000…wm99999` differ in a few bits, which FNV alone leaves in runs of
/// neighbouring slots; probing those was 8% of `siyu kpis` at S=10.
enum FNV1a {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
