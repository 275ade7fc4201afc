/// An id as two words, so that ids are compared and hashed as integers rather than as strings: 16 bytes an id,
/// since millions of them are held (order ids at S=10). An id of at most 15 bytes is its bytes, little-endian and
/// zero-padded, with its length in the top byte: equal keys are equal ids. A longer id is its length and its
/// `ByteHash`: different keys are different ids, and equal ones still need the ids compared.
struct IdKey: Equatable, Sendable {
    private var head: UInt64 = 0
    private var tail: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let length = bytes.count
        tail = UInt64(min(length, 255)) << 56
        guard length <= 15 else {
            head = ByteHash.hash(bytes)
            return
        }
        guard let base = bytes.baseAddress else { return }
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

    init(_ id: String) {
        var id = id
        self = id.withUTF8(IdKey.init)
    }

    /// Whether the key holds the whole id, so that equal keys are equal ids.
    var isExact: Bool { tail >> 56 <= 15 }

    /// A short id's words mixed (MurmurHash3's finaliser); a long id's `ByteHash`.
    var hash: UInt64 {
        guard isExact else { return head }
        var hash = head &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
