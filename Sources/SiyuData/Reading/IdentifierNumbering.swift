/// Numbers distinct ids 0, 1, 2… in order of first appearance, and finds an id's number again. Open addressing
/// over a hash of the UTF-8 bytes, at most half full; each slot keeps the hash's high half beside the number, so
/// a probe rarely reads anything but the slot array. `Dictionary<String, Int32>` spent most of its time seeding
/// and running SipHash: numbering the 13 million contact ids of touches.csv at S=10 was 11% of `siyu check`.
/// Ids are compared byte for byte, as an export writes them.
package struct IdentifierNumbering: Sendable {
    /// 0 when empty, otherwise the hash's high 32 bits, then number + 1 in the low 32.
    private var slots: [UInt64]
    package private(set) var ids: [String] = []
    /// For numberings fed cells (`forCells`), each id's bytes as words when it has at most 15 (`Key`), so a
    /// probe compares integers instead of a `String` with bytes: that comparison and hashing byte by byte (FNV-1a then)
    /// made numbering the ids of touches.csv at S=1 cost 0.34G instructions; it is 0.24G. Numberings fed strings
    /// compare strings, which is as fast for short ones, and save the memory.
    private var keys: [Key] = []
    private let keepsKeys: Bool

    /// Up to 15 bytes of an id, little-endian and zero-padded, with its length in the top byte: 16 bytes an id,
    /// since millions of them are held (order ids at S=10). Longer ids are compared as strings.
    private struct Key: Equatable {
        var head: UInt64 = 0
        var tail: UInt64

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let length = bytes.count
            tail = UInt64(min(length, 255)) << 56
            guard length <= 15, let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            if length >= 8 {
                head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
                if length > 8 {
                    // The last eight bytes, shifted down past the ones `head` holds.
                    tail |= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)) >> UInt64((16 - length) * 8)
                }
            } else {
                for index in 0..<length { head |= UInt64(base[index]) << UInt64(index * 8) }
            }
        }

        var isShort: Bool { tail >> 56 <= 15 }

        /// The words mixed (MurmurHash3's finaliser), for a short id.
        var shortHash: UInt64 {
            var hash = head &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F
            hash ^= hash >> 33
            hash &*= 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 33
            hash &*= 0xC4CE_B9FE_1A85_EC53
            return hash ^ (hash >> 33)
        }
    }

    /// `forCells` when ids will mostly come as cells' bytes (`number(_: CellText)`).
    package init(capacity: Int = 16, forCells: Bool = false) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        keepsKeys = forCells
        ids.reserveCapacity(capacity)
        if forCells { keys.reserveCapacity(capacity) }
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
            let (key, hash) = other.keepsKeys && other.keys[index].isShort ? (other.keys[index], other.keys[index].shortHash)
                                                                           : Self.keyAndHash(id)
            let slot = find(key, hash) { $0 == id }
            return slots[slot] != 0 ? number(at: slot) : add(id, key: key, hash: hash, at: slot)
        }
    }

    /// Whether `number` is the number of the id in `cell`.
    package func isNumber(_ number: Int32, of cell: CellText) -> Bool {
        guard keepsKeys, case .bytes(let bytes) = cell, keys[Int(number)].isShort else { return ids[Int(number)].hasText(cell) }
        return keys[Int(number)] == Key(bytes)
    }

    /// The id's number, or nil if it was never numbered.
    package func lookup(_ id: String) -> Int32? {
        let (key, hash) = Self.keyAndHash(id)
        let slot = find(key, hash) { $0 == id }
        return slots[slot] != 0 ? number(at: slot) : nil
    }

    private func number(at slot: Int) -> Int32 { Int32(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1 }

    private mutating func add(_ id: String, key: Key, hash: UInt64, at slot: Int) -> Int32 {
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
    private func find(_ key: Key, _ hash: UInt64, isSame: (String) -> Bool) -> Int {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let number = Int(entry & 0xFFFF_FFFF) - 1
                if keepsKeys ? keys[number] == key && (key.isShort || isSame(ids[number])) : isSame(ids[number]) { return slot }
            }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// The key, and the hash: the key's words mixed, or `ByteHash` over the bytes of a long id.
    private static func keyAndHash(_ bytes: UnsafeBufferPointer<UInt8>) -> (Key, UInt64) {
        let key = Key(bytes)
        return (key, key.isShort ? key.shortHash : ByteHash.hash(bytes))
    }

    private static func keyAndHash(_ id: String) -> (Key, UInt64) {
        var id = id
        return id.withUTF8(keyAndHash)
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
            // A kept short key gives the hash without going through the id's `String` again, which was most of
            // the cost of growing the numbering of orders.csv's 550,000 customers at S=10.
            let number = Int(entry & 0xFFFF_FFFF) - 1
            let hash = keepsKeys && keys[number].isShort ? keys[number].shortHash : Self.keyAndHash(ids[number]).1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        slots = grown
    }
}
