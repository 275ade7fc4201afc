/// Rows grouped by an owner numbered 0..<count (a contact, a person), as one flat list per column plus where
/// each owner's rows start: the compressed-row layout. An owner's rows are `range(of:)` in every column.
/// Replacing `[String: [Touch]]` with this removed most of the hashing, copying and reference counting that
/// dominated `siyu kpis` (issue 7).
package struct GroupedRows: Sendable {
    /// `starts[owner]..<starts[owner + 1]`; `starts.count == owners + 1`.
    package let starts: [Int32]
    /// For each slot of the flat lists, the index of the source row it came from.
    package let rows: [Int32]
    /// Whether the source rows were in grouped order already (slot i is row i): then a column needs no gathering.
    package let isIdentity: Bool
    /// False once `droppingRowMap()` has let `rows` go.
    private let hasRowMap: Bool

    private init(starts: [Int32], rows: [Int32], isIdentity: Bool, hasRowMap: Bool) {
        self.starts = starts
        self.rows = rows
        self.isIdentity = isIdentity
        self.hasRowMap = hasRowMap
    }

    /// Groups `keys` (owner per source row; negative = dropped) and orders each owner's rows by `areInOrder`.
    package init(owners: Int, keys: [Int32], areInOrder: (Int32, Int32) -> Bool) {
        var starts = [Int32](repeating: 0, count: owners + 1)
        for key in keys where key >= 0 { starts[Int(key) + 1] += 1 }
        for owner in 0..<owners { starts[owner + 1] += starts[owner] }
        var next = Array(starts.dropLast())
        var rows = [Int32](repeating: 0, count: Int(starts[owners]))
        for (row, key) in keys.enumerated() where key >= 0 {
            rows[Int(next[Int(key)])] = Int32(row)
            next[Int(key)] += 1
        }
        // Exports usually list each owner's rows in order already: checking is one pass, cheaper than sorting a
        // million small ranges that need nothing (grouping the touches at S=1 went from 0.33G to 0.25G instructions).
        for owner in 0..<owners {
            let range = Int(starts[owner])..<Int(starts[owner + 1])
            guard range.count > 1 else { continue }
            var inOrder = true
            for index in range.dropFirst() where !areInOrder(rows[index - 1], rows[index]) {
                inOrder = false
                break
            }
            if !inOrder { rows[range].sort(by: areInOrder) }
        }
        self.starts = starts
        isIdentity = rows.indices.allSatisfy { rows[$0] == Int32($0) }
        self.rows = rows
        hasRowMap = true
    }

    /// The same groups without `rows`, once every column has been gathered: the map is as long as the source
    /// (52 MB for the touches at S=10).
    package func droppingRowMap() -> GroupedRows {
        GroupedRows(starts: starts, rows: [], isIdentity: isIdentity, hasRowMap: false)
    }

    package var owners: Int { starts.count - 1 }

    @inline(__always)
    package func range(of owner: Int) -> Range<Int> { Int(starts[owner])..<Int(starts[owner + 1]) }

    /// A column of the source rows laid out in grouped order.
    package func gather<Value>(_ value: (Int) -> Value) -> [Value] {
        precondition(hasRowMap, "a column gathered after the row map was dropped")
        return rows.map { value(Int($0)) }
    }

    /// `column` in grouped order: the same array when the rows were in that order already, which exports
    /// listing each contact's touches together in contact order are (it saves 180 MB of fresh memory at S=10).
    package func gather<Value>(_ column: [Value]) -> [Value] {
        precondition(hasRowMap, "a column gathered after the row map was dropped")
        return isIdentity ? column : rows.map { column[Int($0)] }
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
