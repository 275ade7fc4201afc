/// Numbers distinct ids 0, 1, 2… in order of first appearance, and finds an id's number again. Open addressing
/// over FNV-1a of the UTF-8 bytes, at most half full; each slot keeps the hash's high half beside the number, so
/// a probe rarely reads anything but the slot array. `Dictionary<String, Int32>` spent most of its time seeding
/// and running SipHash: numbering the 13 million contact ids of touches.csv at S=10 was 11% of `siyu check`.
/// Ids are compared byte for byte, as an export writes them.
package struct IdentifierNumbering: Sendable {
    /// 0 when empty, otherwise the hash's high 32 bits, then number + 1 in the low 32.
    private var slots: [UInt64]
    package private(set) var ids: [String] = []

    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        ids.reserveCapacity(capacity)
    }

    package var count: Int { ids.count }

    /// The id's number, giving it the next one if it is new.
    package mutating func number(_ id: String) -> Int32 {
        let hash = Self.hash(id)
        let slot = find(hash) { $0 == id }
        return slots[slot] != 0 ? number(at: slot) : add(id, hash: hash, at: slot)
    }

    /// The number of the id in a cell, giving it the next one if it is new: a `String` is made only then.
    package mutating func number(_ cell: CellText) -> Int32 {
        guard case .bytes(let bytes) = cell else { return number(String(cell)) }
        let hash = FNV1a.hash(bytes)
        let slot = find(hash) { $0.hasUTF8(bytes) }
        return slots[slot] != 0 ? number(at: slot) : add(String(decoding: bytes, as: UTF8.self), hash: hash, at: slot)
    }

    /// Whether `number` is the number of the id in `cell`.
    package func isNumber(_ number: Int32, of cell: CellText) -> Bool { ids[Int(number)].hasText(cell) }

    /// The id's number, or nil if it was never numbered.
    package func lookup(_ id: String) -> Int32? {
        let slot = find(Self.hash(id)) { $0 == id }
        return slots[slot] != 0 ? number(at: slot) : nil
    }

    private func number(at slot: Int) -> Int32 { Int32(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1 }

    private mutating func add(_ id: String, hash: UInt64, at slot: Int) -> Int32 {
        let number = Int32(ids.count)
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        ids.append(id)
        if ids.count * 2 > slots.count { grow() }
        return number
    }

    /// The slot holding the id that `matches`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ hash: UInt64, matches: (String) -> Bool) -> Int {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag && matches(ids[Int(entry & 0xFFFF_FFFF) - 1]) { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// Makes room for `count` ids in all, so that numbering them rehashes at most once.
    package mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        var size = slots.count
        while size < count * 2 { size *= 2 }
        if size > slots.count { rehash(size: size) }
    }

    private mutating func grow() { rehash(size: slots.count * 2) }

    private mutating func rehash(size: Int) {
        var grown = [UInt64](repeating: 0, count: size)
        let mask = grown.count - 1
        for entry in slots where entry != 0 {
            let id = ids[Int(entry & 0xFFFF_FFFF) - 1]
            var slot = Int(truncatingIfNeeded: Self.hash(id)) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        slots = grown
    }

    private static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8(FNV1a.hash)
    }
}
