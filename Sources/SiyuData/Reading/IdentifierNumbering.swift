/// Numbers distinct ids 0, 1, 2… in order of first appearance, and finds an id's number again. Open addressing
/// over FNV-1a of the UTF-8 bytes, at most half full. `Dictionary<String, Int32>` spent most of its time
/// seeding and running SipHash: numbering the 13 million contact ids of touches.csv at S=10 was 11% of
/// `siyu check`. Ids are compared byte for byte, as an export writes them.
package struct IdentifierNumbering: Sendable {
    /// -1 when empty, otherwise the number of the id stored there.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    package private(set) var ids: [String] = []

    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        hashes.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
    }

    package var count: Int { ids.count }

    /// The id's number, giving it the next one if it is new.
    package mutating func number(_ id: String) -> Int32 {
        let hash = Self.hash(id)
        let slot = find(id, hash)
        if slots[slot] >= 0 { return slots[slot] }
        let number = Int32(ids.count)
        slots[slot] = number
        hashes.append(hash)
        ids.append(id)
        if ids.count * 2 > slots.count { grow() }
        return number
    }

    /// The id's number, or nil if it was never numbered.
    package func lookup(_ id: String) -> Int32? {
        let slot = find(id, Self.hash(id))
        return slots[slot] >= 0 ? slots[slot] : nil
    }

    /// The slot holding `id`, or the empty slot where it would go.
    private func find(_ id: String, _ hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            if hashes[number] == hash && ids[number] == id { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    private static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8(FNV1a.hash)
    }
}
