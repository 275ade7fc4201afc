/// Hands out one shared value per distinct cell of the columns that repeat (channel, owner, campaign, tag
/// lists), looked up by the cell's bytes: a repeated cell costs no allocation and its rows share one copy. Past
/// `limit` distinct cells a column is not repetitive after all, and new values are just made.
struct CellInterner<Value> {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    /// The cells' text, which a lookup compares the bytes with.
    private var cells: [String] = []
    private var values: [Value] = []
    let limit: Int

    init(limit: Int = 1 << 16) {
        self.limit = limit
        slots = Array(repeating: -1, count: 256)
    }

    mutating func value(_ bytes: UnsafeBufferPointer<UInt8>, make: (String) -> Value) -> Value {
        let hash = ByteHash.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash, cells[index].hasUTF8(bytes) { return values[index] }
            slot = (slot + 1) & mask
        }
        let cell = String(decoding: bytes, as: UTF8.self)
        let value = make(cell)
        guard values.count < limit else { return value }
        slots[slot] = Int32(values.count)
        hashes.append(hash)
        cells.append(cell)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
        return value
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

extension CellInterner<String> {
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        value(bytes) { $0 }
    }
}
