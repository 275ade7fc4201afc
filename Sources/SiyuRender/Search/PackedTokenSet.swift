/// A set of nonzero `UInt64` token keys (`SearchTokenizer.TokenSet.packed`): open addressing, linear probing,
/// a multiplicative hash. A page adds a token for every neighbouring pair of Chinese characters, most of them
/// already there; through `Set<UInt64>`, hashing each with SipHash, that was 5 G of the 48.6 G instructions of a
/// 10,000-playbook build. Iteration follows the table, not insertion order: callers use the keys as a set.
package struct PackedTokenSet: Sequence, Sendable {
    /// 0 marks an empty slot (no key is 0: bigram keys hold two nonzero scalars, word keys have bit 63 set).
    private var slots: [UInt64]
    private var shift: UInt64
    package private(set) var count = 0

    package init() {
        slots = Array(repeating: 0, count: 64)
        shift = 64 - 6
    }

    private func slot(for key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds `key` (nonzero) if it is not there yet.
    package mutating func insert(_ key: UInt64) {
        precondition(key != 0, "PackedTokenSet keys are nonzero")
        let mask = slots.count - 1
        var index = slot(for: key)
        while true {
            let stored = slots[index]
            if stored == key { return }
            if stored == 0 { break }
            index = (index + 1) & mask
        }
        slots[index] = key
        count += 1
        if count * 2 > slots.count { grow() }
    }

    package func contains(_ key: UInt64) -> Bool {
        let mask = slots.count - 1
        var index = slot(for: key)
        while true {
            let stored = slots[index]
            if stored == key { return key != 0 }
            if stored == 0 { return false }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        count = 0
        for key in old where key != 0 { insert(key) }
    }

    package func makeIterator() -> some IteratorProtocol<UInt64> {
        slots.lazy.filter { $0 != 0 }.makeIterator()
    }
}
