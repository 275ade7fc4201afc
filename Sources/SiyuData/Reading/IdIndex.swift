import SiyuCore

/// The rows of a list of ids, findable by id: the first row holding an id, one id or many at a time, and
/// (`repeats`) the rows repeating an earlier row's id, which is how duplicates are found. Ids are compared byte
/// for byte, as an export writes them.
///
/// One hash table over millions of ids misses the cache on nearly every probe: checking the 2.7 million order ids
/// of the S=10 sample that way was 6% of `siyu kpis`. Here the ids' keys are sorted into partitions by their
/// hash's top bits (on all cores for long lists), and each partition gets a table small enough to stay in the cache
/// (radix-partitioned hashing). Looking up many ids at once (`rows(of:)`) partitions them the same way.
package struct IdIndex: Sendable {
    /// Every row's key and row number, grouped by partition and in row order within each: partition `p` is
    /// `keys[starts[p]..<starts[p + 1]]`.
    private let keys: [IdKey]
    private let rows: [Int32]
    private let starts: [Int]
    /// Each partition's open-addressing table, `slots[slotStarts[p]..<slotStarts[p + 1]]`: a power of two at
    /// most half full, each slot 0 when empty, otherwise a position in `keys` + 1, of an id's first row.
    private let slots: [UInt32]
    private let slotStarts: [Int]
    /// The ids, kept only when some are too long for their keys to tell them apart.
    private let longIds: [String]

    /// Ids per partition, on average: its keys and table then take about 60 KB, a core's L2 cache or less.
    private static let partitionSize = 2048

    package init(_ ids: [String]) {
        self.init(ids) { _, _ in }
    }

    /// The index, and for each id the row of the first one equal to it (its own row when it is the first).
    package static func withFirstRows(_ ids: [String]) -> (IdIndex, firstRows: [Int32]) {
        var firstRows = Array(0..<Int32(truncatingIfNeeded: ids.count))
        let index = IdIndex(ids) { row, first in firstRows[Int(row)] = first }
        return (index, firstRows)
    }

    private init(_ ids: [String], repeated: (_ row: Int32, _ first: Int32) -> Void) {
        let grouped = Grouped(count: ids.count, bits: Self.partitionBits(ids.count)) { IdKey(ids[$0]) }
        longIds = grouped.keys.allSatisfy(\.isExact) ? [] : ids
        var slotStarts = [0]
        slotStarts.reserveCapacity(grouped.starts.count)
        for part in 0..<grouped.partitions {
            slotStarts.append(slotStarts[part] + Self.tableSize(grouped.starts[part + 1] - grouped.starts[part]))
        }
        var slots = [UInt32](repeating: 0, count: slotStarts[grouped.partitions])
        slots.withUnsafeMutableBufferPointer { slots in
            for part in 0..<grouped.partitions {
                let table = UnsafeMutableBufferPointer(rebasing: slots[slotStarts[part]..<slotStarts[part + 1]])
                grouped.enter(part, into: table, id: { ids[$0] }) { position, first in
                    repeated(grouped.rows[position], grouped.rows[first])
                }
            }
        }
        keys = grouped.keys
        rows = grouped.rows
        starts = grouped.starts
        self.slots = slots
        self.slotStarts = slotStarts
    }

    /// The rows whose id appeared on an earlier row, ascending, each with the row of that id's first appearance:
    /// how duplicates are found. Only these are returned, and ids are read through `id` rather than copied into an
    /// array: checking the 2.7 million order ids at S=10, a row number for every row and a copy of the ids were
    /// fresh memory the kernel zeroes, as costly here as the hashing. Each core takes a range of partitions, with
    /// one small table reused for each.
    package static func repeats(count: Int, id: @Sendable (Int) -> String) -> [(row: Int, first: Int)] {
        let grouped = Grouped(count: count, bits: partitionBits(count)) { IdKey(id($0)) }
        let pieces = grouped.partitionRanges
        let found = Parallel.map(pieces.count) { piece in
            var repeats: [(row: Int, first: Int)] = []
            let parts = pieces[piece]
            var table = [UInt32](repeating: 0, count: tableSize(parts.map(grouped.size).max() ?? 0))
            table.withUnsafeMutableBufferPointer { whole in
                for part in parts {
                    let table = UnsafeMutableBufferPointer(rebasing: whole[0..<tableSize(grouped.size(part))])
                    table.update(repeating: 0)
                    grouped.enter(part, into: table, id: id) { position, first in
                        repeats.append((Int(grouped.rows[position]), Int(grouped.rows[first])))
                    }
                }
            }
            return repeats
        }
        return found.joined().sorted { $0.row < $1.row }
    }

    /// The first row holding `id`, or nil.
    package func row(of id: String) -> Int32? {
        let key = IdKey(id)
        return row(of: key, id, in: partition(key.hash))
    }

    /// The first row holding each id, or -1: one partition at a time, so that its table stays in the cache.
    package func rows(of probes: [String]) -> [Int32] {
        let grouped = Grouped(count: probes.count, bits: Self.bits(partitions: starts.count - 1)) { IdKey(probes[$0]) }
        var found = [Int32](repeating: -1, count: probes.count)
        for part in 0..<grouped.partitions {
            for member in grouped.starts[part]..<grouped.starts[part + 1] {
                let probe = Int(grouped.rows[member])
                found[probe] = row(of: grouped.keys[member], probes[probe], in: part) ?? -1
            }
        }
        return found
    }

    private func row(of key: IdKey, _ id: @autoclosure () -> String, in part: Int) -> Int32? {
        let table = slotStarts[part]..<slotStarts[part + 1]
        guard !table.isEmpty else { return nil }
        let mask = table.count - 1
        var offset = Int(truncatingIfNeeded: key.hash) & mask
        while slots[table.lowerBound + offset] != 0 {
            let position = Int(slots[table.lowerBound + offset]) - 1
            if keys[position] == key && (key.isExact || longIds[Int(rows[position])].utf8.elementsEqual(id().utf8)) {
                return rows[position]
            }
            offset = (offset + 1) & mask
        }
        return nil
    }

    private func partition(_ hash: UInt64) -> Int { Grouped.partition(hash, bits: Self.bits(partitions: starts.count - 1)) }

    private static func partitionBits(_ count: Int) -> Int {
        var bits = 0
        while count >> bits > partitionSize && bits < 16 { bits += 1 }
        return bits
    }

    private static func bits(partitions: Int) -> Int { partitions.trailingZeroBitCount }

    /// Slots for a partition of `count` ids: a power of two at least twice as many (none for none).
    private static func tableSize(_ count: Int) -> Int {
        guard count > 0 else { return 0 }
        var size = 4
        while size < count * 2 { size *= 2 }
        return size
    }
}

/// Keys grouped by their hash's top `bits` (a counting sort), with the row each came from, rows ascending
/// within a partition.
private struct Grouped: Sendable {
    var keys: [IdKey]
    var rows: [Int32]
    /// Partition `p` is `starts[p]..<starts[p + 1]`.
    var starts: [Int]
    /// Fewer ids than this are grouped, and their partitions checked (`partitionRanges`), on one core. On all cores, the integrity check of `siyu kpis` at S=10,
    /// nearly all of it grouping and checking the 2.7 million order ids, took 0.07 s instead of 0.12 s (6 runs).
    private static let parallelCount = 1 << 16

    /// The keys of rows `0..<count`, grouped. Each key is made twice, to find its partition and to place it,
    /// rather than kept in an array in row order: for millions of ids that array was fresh memory costing more
    /// than making the keys again. Each core takes a range of rows; its rows of a partition go after those of the
    /// ranges before, so that rows still ascend within a partition.
    init(count: Int, bits: Int, key: @Sendable (Int) -> IdKey) {
        let partitions = 1 << bits
        let bounds = Self.ranges(count, parallel: count >= Self.parallelCount)
        var partitionOf = [UInt16](repeating: 0, count: count)
        let counts = partitionOf.withUnsafeMutableBufferPointer { buffer in
            let partitionOf = DisjointWrites(buffer)
            return Parallel.map(bounds) { rows in
                var counts = [Int](repeating: 0, count: partitions)
                for row in rows {
                    let part = Self.partition(key(row).hash, bits: bits)
                    partitionOf.buffer[row] = UInt16(truncatingIfNeeded: part)
                    counts[part] += 1
                }
                return counts
            }
        }
        var firstPositions = counts
        var starts = [Int](repeating: 0, count: partitions + 1)
        var total = 0
        for part in 0..<partitions {
            starts[part] = total
            for piece in counts.indices {
                firstPositions[piece][part] = total
                total += counts[piece][part]
            }
        }
        starts[partitions] = total
        let partitionOfRow = partitionOf, positions = firstPositions
        var rows = [Int32](repeating: 0, count: count)
        keys = [IdKey](unsafeUninitializedCapacity: count) { grouped, initialized in
            rows.withUnsafeMutableBufferPointer { rowBuffer in
                let keys = DisjointWrites(grouped), rows = DisjointWrites(rowBuffer)
                _ = Parallel.map(bounds.count) { piece in
                    var next = positions[piece]
                    for row in bounds[piece] {
                        let part = Int(partitionOfRow[row])
                        keys.buffer.initializeElement(at: next[part], to: key(row))
                        rows.buffer[next[part]] = Int32(truncatingIfNeeded: row)
                        next[part] += 1
                    }
                }
            }
            initialized = count
        }
        self.rows = rows
        self.starts = starts
    }

    /// `0..<count` in one range per core when `parallel`, else whole.
    private static func ranges(_ count: Int, parallel: Bool) -> [Range<Int>] {
        let pieces = parallel ? min(Parallel.cores, count) : 1
        return (0..<pieces).map { count * $0 / pieces..<count * ($0 + 1) / pieces }
    }

    /// The partitions in one range per core when there are many keys, else whole.
    var partitionRanges: [Range<Int>] { Self.ranges(partitions, parallel: keys.count >= Self.parallelCount) }

    func size(_ part: Int) -> Int { starts[part + 1] - starts[part] }

    var partitions: Int { starts.count - 1 }

    static func partition(_ hash: UInt64, bits: Int) -> Int {
        bits == 0 ? 0 : Int(truncatingIfNeeded: hash >> UInt64(64 - bits))
    }

    /// Enters the first key of each id of partition `part` into `table` (empty, a power of two), and calls
    /// `repeated` with the position of every later key of an id and the position of its first.
    func enter(_ part: Int, into table: UnsafeMutableBufferPointer<UInt32>, id: (Int) -> String,
               repeated: (_ position: Int, _ first: Int) -> Void) {
        let mask = table.count - 1
        for position in starts[part]..<starts[part + 1] {
            let key = keys[position]
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while table[slot] != 0 {
                let earlier = Int(table[slot]) - 1
                if keys[earlier] == key
                    && (key.isExact || id(Int(rows[earlier])).utf8.elementsEqual(id(Int(rows[position])).utf8)) {
                    repeated(position, earlier)
                    break
                }
                slot = (slot + 1) & mask
            }
            if table[slot] == 0 { table[slot] = UInt32(truncatingIfNeeded: position + 1) }
        }
    }
}
