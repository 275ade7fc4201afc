/// Numbers distinct ids 0, 1, 2… in order of first appearance, and finds an id's number again. Open addressing
/// over a hash of the UTF-8 bytes, at most half full; each slot keeps the hash's high half beside the number, so
/// a probe rarely reads anything but the slot array. `Dictionary<String, Int32>` spent most of its time seeding
/// and running SipHash: numbering the 13 million contact ids of touches.csv at S=10 was 11% of `siyu check`.
/// Ids are compared byte for byte, as an export writes them.
package struct IdentifierNumbering: Sendable {
    /// 0 when empty, otherwise the hash's high 32 bits, then number + 1 in the low 32.
    private var slots: [UInt64]
    package private(set) var ids: [String] = []
    /// For numberings fed cells (`forCells`), each id's bytes as words when it has at most 15 (`IdKey`), so a
    /// probe compares integers instead of a `String` with bytes: that comparison and hashing byte by byte (FNV-1a then)
    /// made numbering the ids of touches.csv at S=1 cost 0.34G instructions; it is 0.24G. Numberings fed strings
    /// compare strings, which is as fast for short ones, and save the memory.
    private var keys: [IdKey] = []
    private let keepsKeys: Bool

    /// `forCells` when ids will mostly come as cells' bytes (`number(_: CellText)`).
    package init(capacity: Int = 16, forCells: Bool = false) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        keepsKeys = forCells
        ids.reserveCapacity(capacity)
        if forCells { keys.reserveCapacity(capacity) }
    }

    /// Numbers ids 0, 1, 2… in their order, for looking cells up; the caller has checked that they all differ
    /// (a repeated id would be found under one of its numbers only). The slots are filled stretch by stretch of
    /// the table, in the order of the slots the ids hash to, rather than in the ids' order, which missed the cache
    /// on nearly every id: numbering the million contact ids at S=10 went from 0.17 to 0.08 s.
    package init(distinct ids: [String]) {
        self.init(capacity: ids.count, forCells: true)
        self.ids = ids
        keys = ids.map(IdKey.init)
        let mask = slots.count - 1
        // Stretches of 2,048 slots (16 KB), each numbered `home >> shift`.
        let shift = min(11, mask.nonzeroBitCount)
        func stretch(_ key: IdKey) -> Int { (Int(truncatingIfNeeded: key.hash) & mask) >> shift }
        // A counting sort of the numbers by stretch.
        var starts = [Int](repeating: 0, count: slots.count >> shift + 1)
        for key in keys { starts[stretch(key) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var order = [Int32](repeating: 0, count: ids.count)
        for (number, key) in keys.enumerated() {
            let position = stretch(key)
            order[starts[position]] = Int32(number)
            starts[position] += 1
        }
        for number in order {
            let hash = keys[Int(number)].hash
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        }
    }

    package var count: Int { ids.count }

    /// The id's number, giving it the next one if it is new.
    package mutating func number(_ id: String) -> Int32 {
        let (key, hash) = Self.keyAndHash(id)
        let slot = find(key, hash) { $0 == id }
        return slots[slot] != 0 ? number(at: slot) : add(id, key: key, hash: hash, at: slot)
    }

    /// The number of the id in a cell, giving it the next one if it is new: a `String` is made only then.
    package mutating func number(_ cell: CellText) -> Int32 {
        guard case .bytes(let bytes) = cell else { return number(String(cell)) }
        let (key, hash) = Self.keyAndHash(bytes)
        let slot = find(key, hash) { $0.hasUTF8(bytes) }
        return slots[slot] != 0 ? number(at: slot) : add(String(decoding: bytes, as: UTF8.self), key: key, hash: hash, at: slot)
    }

    /// Numbers another numbering's ids into this one, in their order, and returns each one's number here. Short
    /// ids bring their keys along, so none is hashed from its `String` again.
    package mutating func numbers(of other: IdentifierNumbering) -> [Int32] {
        other.ids.indices.map { index in
            let id = other.ids[index]
            let (key, hash) = other.keepsKeys ? (other.keys[index], other.keys[index].hash) : Self.keyAndHash(id)
            let slot = find(key, hash) { $0 == id }
            return slots[slot] != 0 ? number(at: slot) : add(id, key: key, hash: hash, at: slot)
        }
    }

    /// The number of the id in a cell, trying `last` (or nothing, when negative) before hashing: exports list a
    /// customer's orders together, and a contact's group messages are nearly all in one group (95% of group cells
    /// repeat the previous one).
    @inline(__always)
    package mutating func number(_ cell: CellText, tryingFirst last: Int32) -> Int32 {
        last >= 0 && isNumber(last, of: cell) ? last : number(cell)
    }

    /// Whether `number` is the number of the id in `cell`.
    package func isNumber(_ number: Int32, of cell: CellText) -> Bool {
        guard keepsKeys, case .bytes(let bytes) = cell else { return ids[Int(number)].hasText(cell) }
        let key = IdKey(bytes)
        return keys[Int(number)] == key && (key.isExact || ids[Int(number)].hasText(cell))
    }

    /// The id's number, or nil if it was never numbered.
    package func lookup(_ id: String) -> Int32? {
        let (key, hash) = Self.keyAndHash(id)
        let slot = find(key, hash) { $0 == id }
        return slots[slot] != 0 ? number(at: slot) : nil
    }

    /// The number of the id in a cell, or nil if it was never numbered.
    package func lookup(_ cell: CellText) -> Int32? {
        guard case .bytes(let bytes) = cell else { return lookup(String(cell)) }
        let (key, hash) = Self.keyAndHash(bytes)
        let slot = find(key, hash) { $0.hasUTF8(bytes) }
        return slots[slot] != 0 ? number(at: slot) : nil
    }

    private func number(at slot: Int) -> Int32 { Int32(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1 }

    private mutating func add(_ id: String, key: IdKey, hash: UInt64, at slot: Int) -> Int32 {
        let number = Int32(ids.count)
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        ids.append(id)
        if keepsKeys { keys.append(key) }
        if ids.count * 2 > slots.count { grow() }
        return number
    }

    /// The slot holding the id with this key, or that `isSame` (without keys, or past 15 bytes), or the empty
    /// slot where it would go.
    @inline(__always)
    private func find(_ key: IdKey, _ hash: UInt64, isSame: (String) -> Bool) -> Int {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let number = Int(entry & 0xFFFF_FFFF) - 1
                if keepsKeys ? keys[number] == key && (key.isExact || isSame(ids[number])) : isSame(ids[number]) { return slot }
            }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// The key, and the hash: the key's words mixed, or `ByteHash` over the bytes of a long id.
    private static func keyAndHash(_ bytes: UnsafeBufferPointer<UInt8>) -> (IdKey, UInt64) {
        let key = IdKey(bytes)
        return (key, key.hash)
    }

    private static func keyAndHash(_ id: String) -> (IdKey, UInt64) {
        let key = IdKey(id)
        return (key, key.hash)
    }

    /// Makes room for `count` ids in all, so that numbering them rehashes at most once.
    package mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        if keepsKeys { keys.reserveCapacity(count) }
        var size = slots.count
        while size < count * 2 { size *= 2 }
        if size > slots.count { rehash(size: size) }
    }

    private mutating func grow() { rehash(size: slots.count * 2) }

    private mutating func rehash(size: Int) {
        var grown = [UInt64](repeating: 0, count: size)
        let mask = grown.count - 1
        for entry in slots where entry != 0 {
            // A kept key gives the hash without going through the id's `String` again, which was most of
            // the cost of growing the numbering of orders.csv's 550,000 customers at S=10.
            let number = Int(entry & 0xFFFF_FFFF) - 1
            let hash = keepsKeys ? keys[number].hash : Self.keyAndHash(ids[number]).1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        slots = grown
    }
}
