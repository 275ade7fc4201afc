/// Finds repeated ids among the rows of a table without copying them: open addressing over an FNV-1a hash of
/// the UTF-8 bytes, each slot holding the hash's high half beside a row index, so a probe rarely touches
/// anything but the slot array (8 bytes per slot, at most 70% full). Several times faster than
/// `Dictionary<String, Int>`, whose seeded hashing dominated the duplicate check.
struct IdentifierTable {
    /// 0 is empty; otherwise the hash's high 32 bits, then row index + 1 in the low 32.
    private var slots: [UInt64]

    /// Room for `count` ids; more than that is not supported.
    init(count: Int) {
        var size = 16
        while size * 7 < count * 10 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// Adds row `row` with `id`; when an earlier row has the same id, returns that row instead.
    /// `idOf` gives the id of an earlier row.
    mutating func insert(_ id: String, row: Int, idOf: (Int) -> String) -> Int? {
        var id = id
        let hash = id.withUTF8(FNV1a.hash)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let earlier = Int(entry & 0xFFFF_FFFF) - 1
                if idOf(earlier) == id { return earlier }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = tag | UInt64(row + 1)
        return nil
    }
}
