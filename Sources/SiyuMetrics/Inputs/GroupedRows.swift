/// Rows grouped by an owner numbered 0..<count (a contact, a person), as one flat list per column plus where
/// each owner's rows start: the compressed-row layout. An owner's rows are `range(of:)` in every column.
/// Replacing `[String: [Touch]]` with this removed most of the hashing, copying and reference counting that
/// dominated `siyu kpis` (issue 7).
package struct GroupedRows: Sendable {
    /// `starts[owner]..<starts[owner + 1]`; `starts.count == owners + 1`.
    package let starts: [Int32]
    /// How the source rows are laid out in grouped order.
    private let layout: Layout
    /// False once `droppingRowMap()` has let the row map go.
    private let hasRowMap: Bool

    private enum Layout {
        /// The source lists every owner's rows together, owner after owner, with no row dropped: each owner's
        /// rows are the slots of its own range, and only `owners` needed reordering within it, to the source rows
        /// in `order` (their ranges one after another). A column is reordered in place.
        case local(owners: [Int32], order: [Int32])
        /// For each slot of the flat lists, the index of the source row it came from.
        case scattered(rows: [Int32])
    }

    private init(starts: [Int32], layout: Layout, hasRowMap: Bool) {
        self.starts = starts
        self.layout = layout
        self.hasRowMap = hasRowMap
    }

    /// Groups `keys` (owner per source row; negative = dropped) and orders each owner's rows by `areInOrder`.
    package init(owners: Int, keys: [Int32], areInOrder: (Int32, Int32) -> Bool) {
        var starts = [Int32](repeating: 0, count: owners + 1)
        var isLocal = true, previous: Int32 = 0
        for key in keys {
            if key < previous { isLocal = false }
            previous = key
            if key >= 0 { starts[Int(key) + 1] += 1 }
        }
        for owner in 0..<owners { starts[owner + 1] += starts[owner] }
        self.starts = starts
        hasRowMap = true
        if isLocal {
            // Touches exported contact by contact: reordering columns in place instead of gathering them into
            // new arrays saves the 215 MB of fresh memory the copies took at S=10, and the peak of holding both.
            // Each owner's rows are sorted in place at the end of `order`, which is reserved whole (pages never
            // written cost nothing): a sorted copy per owner and the list's doubling were 0.27 s of CPU at S=10.
            var reordered: [Int32] = [], order: [Int32] = []
            order.reserveCapacity(keys.count)
            for owner in 0..<owners {
                let range = starts[owner]..<starts[owner + 1]
                guard Self.needsSorting(range, areInOrder) else { continue }
                reordered.append(Int32(owner))
                let start = order.count
                order.append(contentsOf: range)
                Self.sort(&order[start...], areInOrder)
            }
            layout = .local(owners: reordered, order: order)
            return
        }
        var next = Array(starts.dropLast())
        var rows = [Int32](repeating: 0, count: Int(starts[owners]))
        for (row, key) in keys.enumerated() where key >= 0 {
            rows[Int(next[Int(key)])] = Int32(row)
            next[Int(key)] += 1
        }
        for owner in 0..<owners {
            let range = Int(starts[owner])..<Int(starts[owner + 1])
            if Self.needsSorting(rows[range], areInOrder) { Self.sort(&rows[range], areInOrder) }
        }
        layout = .scattered(rows: rows)
    }

    /// Exports usually list each owner's rows in order already: checking is one pass, cheaper than sorting a
    /// million small ranges that need nothing (grouping the touches at S=1 went from 0.33G to 0.25G instructions).
    private static func needsSorting(_ rows: some Collection<Int32>, _ areInOrder: (Int32, Int32) -> Bool) -> Bool {
        var previous: Int32?
        for row in rows {
            if let previous, !areInOrder(previous, row) { return true }
            previous = row
        }
        return false
    }

    /// Sorts one owner's rows: by insertion when there are few, as for nearly every contact's touches, which
    /// is several times faster there than the library's sort.
    private static func sort(_ rows: inout ArraySlice<Int32>, _ areInOrder: (Int32, Int32) -> Bool) {
        guard rows.count <= 24 else { return rows.sort(by: areInOrder) }
        for index in rows.indices.dropFirst() {
            let row = rows[index]
            var slot = index
            while slot > rows.startIndex, areInOrder(row, rows[slot - 1]) {
                rows[slot] = rows[slot - 1]
                slot -= 1
            }
            rows[slot] = row
        }
    }

    /// The same groups without the row map, once every column has been gathered: it can be as long as the
    /// source (52 MB for the touches at S=10).
    package func droppingRowMap() -> GroupedRows {
        GroupedRows(starts: starts, layout: .scattered(rows: []), hasRowMap: false)
    }

    package var owners: Int { starts.count - 1 }

    @inline(__always)
    package func range(of owner: Int) -> Range<Int> { Int(starts[owner])..<Int(starts[owner + 1]) }

    /// `column` (one value per source row) in grouped order: reordered in place when the grouping is local,
    /// the same array when nothing needed reordering.
    package func gather<Value>(_ column: consuming [Value]) -> [Value] {
        precondition(hasRowMap, "a column gathered after the row map was dropped")
        switch layout {
        case .scattered(let rows):
            return rows.map { column[Int($0)] }
        case .local(let owners, let order):
            var column = column
            var scratch: [Value] = []
            var next = 0
            column.withUnsafeMutableBufferPointer { values in
                for owner in owners {
                    let range = range(of: Int(owner))
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: values[range])
                    for slot in range {
                        values[slot] = scratch[Int(order[next]) - range.lowerBound]
                        next += 1
                    }
                }
            }
            return column
        }
    }
}

/// First index in `list[range]` whose value is ≥ `value` (`range.upperBound` when none).
@inline(__always)
package func lowerBound(_ list: [Int64], _ value: Int64, in range: Range<Int>) -> Int {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
        let middle = (low + high) / 2
        if list[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
}
