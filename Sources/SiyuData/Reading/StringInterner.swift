/// Hands out one shared `String` per distinct value of the columns that repeat (channel, owner, campaign, tags),
/// looked up by the cell's bytes: a repeated value costs no allocation and its rows share one copy. Past
/// `limit` distinct values a column is not repetitive after all, and new values are just made into strings.
struct StringInterner {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var strings: [String] = []
    let limit: Int

    init(limit: Int = 1 << 16) {
        self.limit = limit
        slots = Array(repeating: -1, count: 256)
    }

    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = ByteHash.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash, strings[index].hasUTF8(bytes) { return strings[index] }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        guard strings.count < limit else { return string }
        slots[slot] = Int32(strings.count)
        hashes.append(hash)
        strings.append(string)
        if strings.count * 2 > slots.count { grow() }
        return string
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
