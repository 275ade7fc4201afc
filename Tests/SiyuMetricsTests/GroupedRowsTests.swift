import Testing
@testable import SiyuMetrics

/// Grouping must give every owner its rows in order, whether the source lists owners together (reordered in
/// place) or scattered (gathered into new arrays).
@Suite struct GroupedRowsTests {
    /// A fixed pseudo-random value in 0..<bound for position `index` of stream `stream`.
    static func value(_ index: Int, _ stream: Int, _ bound: Int) -> Int {
        let mixed = UInt64(truncatingIfNeeded: index &* 31 &+ stream &* 1_000_003) &* 0x9E37_79B9_7F4A_7C15
        return Int((mixed >> 29) % UInt64(bound))
    }

    /// Each owner's rows sorted by (time, row): what grouping must give, computed the plain way.
    static func expected(owners: Int, keys: [Int32], times: [Int]) -> [[Int]] {
        var rows = [[Int]](repeating: [], count: owners)
        for (row, key) in keys.enumerated() where key >= 0 { rows[Int(key)].append(row) }
        return rows.map { $0.sorted { (times[$0], $0) < (times[$1], $1) } }
    }

    static func grouped(owners: Int, keys: [Int32], times: [Int]) -> [[Int]] {
        let groups = GroupedRows(owners: owners, keys: keys) { left, right in
            (times[Int(left)], left) < (times[Int(right)], right)
        }
        let rows = groups.gather(Array(0..<keys.count))
        return (0..<owners).map { Array(rows[groups.range(of: $0)]) }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func ownersListedTogether(stream: Int) {
        // Ascending keys with some owners absent: the in-place path.
        let owners = 40
        var keys: [Int32] = []
        for owner in 0..<owners where Self.value(owner, stream, 4) > 0 {
            keys += Array(repeating: Int32(owner), count: Self.value(owner, stream + 100, 9))
        }
        let times = keys.indices.map { Self.value($0, stream + 200, 6) }
        #expect(Self.grouped(owners: owners, keys: keys, times: times) == Self.expected(owners: owners, keys: keys, times: times))
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func ownersScattered(stream: Int) {
        // Random keys, some dropped (-1): the gathering path.
        let owners = 25
        let keys = (0..<300).map { Int32(Self.value($0, stream, owners + 3)) - 3 < 0 ? -1 : Int32(Self.value($0, stream, owners + 3)) - 3 }
        let times = keys.indices.map { Self.value($0, stream + 200, 6) }
        #expect(Self.grouped(owners: owners, keys: keys, times: times) == Self.expected(owners: owners, keys: keys, times: times))
    }

    @Test func columnsReorderedAlike() {
        // Owners 0 and 2 out of time order, owner 1 in order: every column follows the same reordering.
        let keys: [Int32] = [0, 0, 0, 1, 1, 2, 2]
        let times = [30, 10, 20, 5, 6, 9, 1]
        let groups = GroupedRows(owners: 3, keys: keys) { (times[Int($0)], $0) < (times[Int($1)], $1) }
        #expect(groups.gather(times) == [10, 20, 30, 5, 6, 1, 9])
        #expect(groups.gather(["a", "b", "c", "d", "e", "f", "g"]) == ["b", "c", "a", "d", "e", "g", "f"])
        #expect(groups.range(of: 1) == 3..<5)
    }

    @Test func inOrderSourceIsKept() {
        let keys: [Int32] = [0, 1, 1, 3]
        let groups = GroupedRows(owners: 4, keys: keys) { $0 < $1 }
        #expect(groups.gather([7, 8, 9, 10]) == [7, 8, 9, 10])
        #expect(groups.range(of: 2).isEmpty)
    }
}
