import Testing
@testable import SiyuData
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

/// Touches read from CSV name contacts by their row numbers, which `MetricInputs` uses as they are; touches built
/// by hand, or read before rows were dropped, are looked up again. Both must group every touch under its contact.
@Suite struct TouchSubjectsTests {
    /// Twelve contacts out of id order, and with `impossible` a thirteenth lost before it was added.
    static func contacts(impossible: Bool) -> String {
        var text = "contact_id,added_at,lost_at\n"
        for number in (0..<12).reversed() { text += "wm\(number),2025-11-01 09:00,\n" }
        return text + (impossible ? "wm12,2025-11-05 09:00,2025-11-02 09:00\n" : "")
    }

    /// 300 touches, a quarter of them of three ids no contact has, some in two groups.
    static let touches: String = {
        var text = "contact_id,at,kind,direction,group_id,campaign\n"
        for row in 0..<300 {
            let id = row % 4 == 0 ? "stranger\(row % 3)" : "wm\((row * 7) % 13)"
            let group = row % 3 == 0 ? "g\(row % 2)" : ""
            text += "\(id),2025-11-\(10 + row % 15) 10:\(10 + row % 40):00,\(group.isEmpty ? "私聊" : "群消息"),\(row % 2 == 0 ? "in" : "out"),\(group),\n"
        }
        return text
    }()

    /// Each subject's touches as text, and the groups' inbound times.
    static func subjects(_ dataset: Dataset) -> (touches: [[String]], inbound: [String: [Int64]]) {
        let contactIds = Set(dataset.contacts.map(\.id))
        let ids = dataset.contacts.map(\.id) + dataset.touches.contactIds.filter { !contactIds.contains($0) }
        let inputs = MetricInputs(dataset: dataset, settings: MetricSettings(clock: .shanghai))
        let touches = (0..<inputs.touches.owners).map { subject in
            inputs.touches.range(of: subject).map { "\(ids[subject]) \(inputs.touchAt[$0]) \(inputs.touchKind[$0]) \(inputs.touchDirection[$0])" }
        }
        return (touches, inputs.inboundByGroup)
    }

    /// The contacts' numbering touches.csv was read with stands in for an index of their ids, referrers included.
    @Test func contactNumbersFromReadingMatchAnIndex() throws {
        // wm0, wm3, wm6 and wm9 were referred by wm5, wm8, wm11 and wm2; wm4 by someone who is no contact. The last
        // row is wm1 again with another owner, a second relationship renamed wm1@B, referred by wm9.
        let contacts = "contact_id,added_at,referrer_id,owner\n" + (0..<12).reversed().map { number in
            "wm\(number),2025-11-01 09:00,\(number % 3 == 0 ? "wm\((number + 5) % 12)" : number == 4 ? "stranger" : ""),A\n"
        }.joined() + "wm1,2025-11-03 09:00,wm9,B\n"
        let files: [(DataTable, String)] = [(.contacts, contacts), (.touches, Self.touches)]
        let dataset = try DatasetReader.read(
            files.map { DataSource(table: $0.0, path: "\($0.0.rawValue).csv", bytes: Array($0.1.utf8)) }).dataset
        #expect(dataset.contacts.map(\.id).last == "wm1@B")
        #expect(dataset.touches.contactNumbering(of: dataset.contacts) != nil)
        let index = ContactNumbers(dataset.contacts)
        let inputs = MetricInputs(dataset: dataset, settings: MetricSettings(clock: .shanghai))
        let probes = (0..<13).map { "wm\($0)" } + ["wm1@B", "stranger", "stranger0", ""]
        // Row r < 12 holds wm(11 - r).
        let rows: [Int32?] = (0..<12).map { Int32(11 - $0) } + [nil, 12, nil, nil, nil]
        #expect(probes.map(inputs.contactNumbers.lookup) == rows)
        #expect(probes.map(index.lookup) == rows)
        #expect(inputs.contactNumbers.lookup(probes) == rows.map { $0 ?? -1 })
        #expect(index.lookup(probes) == rows.map { $0 ?? -1 })
        #expect(inputs.contactReferrer == [-1, -1, 9, -1, -1, 0, -1, -1, 3, -1, -1, 6, 2])
        #expect(inputs.contactReferred.indices.filter { inputs.contactReferred[$0] } == [2, 5, 7, 8, 11, 12])
    }

    /// With `dropsARow`, --lenient drops the impossible contact after touches.csv was read.
    @Test(arguments: [false, true]) func readTouchesGroupAsHandMadeOnes(dropsARow: Bool) throws {
        let files: [(DataTable, String)] = [(.contacts, Self.contacts(impossible: dropsARow)), (.touches, Self.touches)]
        let dataset = try DatasetReader.read(
            files.map { DataSource(table: $0.0, path: "\($0.0.rawValue).csv", bytes: Array($0.1.utf8)) },
            options: ReadOptions(lenient: dropsARow, partSize: 1024)).dataset
        #expect(dataset.contacts.count == 12)
        #expect(dataset.touches.knownContactIds.count == (dropsARow ? 13 : 12))
        // Only touches read with exactly these contacts are taken as numbered by row.
        #expect(dataset.touches.numbersContactsByRow(dataset.contacts) == !dropsARow)
        let handMade = Dataset(contacts: dataset.contacts, touches: Array(dataset.touches), present: [.contacts, .touches])
        let (read, expected) = (Self.subjects(dataset), Self.subjects(handMade))
        // Contacts are subjects 0..<12 in their row order; the ids no contact has may come in another order.
        #expect(read.touches.prefix(12) == expected.touches.prefix(12))
        #expect(Set(read.touches) == Set(expected.touches))
        #expect(read.inbound == expected.inbound)
        // Every touch is under its own contact or id: three strangers, and wm12, which is no contact (any more).
        #expect(read.touches.allSatisfy { touches in Set(touches.map { $0.prefix { $0 != " " } }).count == 1 })
        #expect(read.touches.count == 12 + 4)
        #expect(read.touches.joined().count == 300)
    }
}
