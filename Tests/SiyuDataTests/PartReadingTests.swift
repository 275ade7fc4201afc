import SiyuCore
import Testing
@testable import SiyuData

/// A large touches.csv is read in parts on all cores; the result must be exactly a front-to-back reading, and
/// any problem must be reported as a front-to-back reading reports it.
@Suite struct PartReadingTests {
    /// 400 touches of 40 contacts, with groups and campaigns repeating across parts.
    static let touches: String = {
        var text = "contact_id,at,kind,direction,group_id,campaign\n"
        for row in 0..<400 {
            let kind = ["群发", "私聊", "群消息", "朋友圈"][row % 4]
            let group = row % 4 == 2 ? "g\(row % 7)" : ""
            let campaign = row % 4 == 0 ? "活动\(row % 5)" : ""
            text += "wm\(row / 10),2025-11-\(10 + row % 18) 10:\(10 + row % 50):00,\(kind),\(row % 3 == 0 ? "in" : "out"),\(group),\(campaign)\n"
        }
        return text
    }()

    static let contacts = "contact_id,added_at\nwm1,2025-11-01 09:00\n"

    @Test func partsGiveTheSameTouchesAsOneReading() throws {
        let whole = try Fixtures.read([.contacts: Self.contacts, .touches: Self.touches])
        let parts = try Fixtures.read([.contacts: Self.contacts, .touches: Self.touches], partSize: 512)
        #expect(parts.dataset.touches.count == 400)
        #expect(parts.dataset.touches == whole.dataset.touches)
        #expect(Array(parts.dataset.touches) == Array(whole.dataset.touches))
        #expect(parts.rowsRead == whole.rowsRead)
    }

    @Test func idsRecurringAcrossPartsKeepOneNumber() throws {
        // Contacts in turn rather than together: every part meets every id, each part's numbering in its own order.
        let text = Self.touches.split(separator: "\n").enumerated().map { row, line in
            row == 0 ? String(line) : "wm\((row * 7) % 13)" + line.drop { $0 != "," }
        }.joined(separator: "\n") + "\n"
        let whole = try Fixtures.read([.contacts: Self.contacts, .touches: text])
        let parts = try Fixtures.read([.contacts: Self.contacts, .touches: text], partSize: 512)
        #expect(parts.dataset.touches == whole.dataset.touches)
        #expect(parts.dataset.touches.contactIds == whole.dataset.touches.contactIds)
        #expect(parts.dataset.touches.contacts == whole.dataset.touches.contacts)
        #expect(parts.dataset.touches.groupIds == whole.dataset.touches.groupIds)
        #expect(parts.dataset.touches.campaignNames == whole.dataset.touches.campaignNames)
    }

    @Test func touchesCarryTheContactsRowNumbers() throws {
        // Contacts listed out of id order, one of them twice with two owners (two relationships); touches of
        // contacts and of ids no contact has, in turn, so that every part meets both. A contact's touch is
        // followed by the next contact's (wmN, then wmN-1, its next row) or by another's; the last contact's by an
        // id no contact has.
        var contacts = "contact_id,added_at,owner\n"
        for number in (0..<13).reversed() { contacts += "wm\(number),2025-11-01 09:00,小林\n" }
        contacts += "wm3,2025-11-02 09:00,小周\n"
        let lines = Self.touches.split(separator: "\n")
        let ids = Array(lines.indices.dropFirst().map { row in
            switch row % 3 {
            case 0: "stranger\(row % 5)"
            case 1: "wm\((row * 7) % 13)"
            default: "wm\(((row - 1) * 7 + 12) % 13)"
            }
        }.dropLast(2)) + ["wm3@小周", "stranger0"]
        let touches = ([String(lines[0])] + zip(ids, lines.dropFirst()).map { id, line in id + line.drop { $0 != "," } })
            .joined(separator: "\n") + "\n"
        for partSize in [32 << 20, 512] {
            let read = try Fixtures.read([.contacts: contacts, .touches: touches], partSize: partSize).dataset
            #expect(read.touches.numbersContactsByRow(read.contacts))
            #expect(read.contacts.last?.id == "wm3@小周")
            #expect(read.touches.map(\.contactId) == ids)
            for (index, id) in ids.enumerated() {
                let number = Int(read.touches.contacts[index])
                if let row = read.contacts.firstIndex(where: { $0.id == id }) {
                    #expect(number == row)
                } else {
                    #expect(read.touches.contactIds[number] == id && number >= read.contacts.count)
                }
            }
            #expect(read.touches.contactIds.count == read.contacts.count + 5)
        }
    }

    @Test func repeatedContactIdsLeaveTouchesNumberedByThemselves() throws {
        let contacts = "contact_id,added_at\nwm1,2025-11-01 09:00\nwm2,2025-11-01 09:00\nwm1,2025-11-01 09:00\n"
        let read = try Fixtures.read([.contacts: contacts, .touches: Self.touches], lenient: true, partSize: 512).dataset
        #expect(read.touches.knownContactIds.isEmpty && !read.touches.numbersContactsByRow(read.contacts))
        #expect(read.touches.contactIds == (0..<40).map { "wm\($0)" })
    }

    @Test func eachTouchKeepsItsGroupWhenGroupsRepeatOrChange() throws {
        // The last group is reused when a cell repeats it; short ids, long ones and a quoted one.
        let groups = ["g1", "g1", "", "g2", "g1", "一个很长的群名称的编号", "一个很长的群名称的编号", "一个很长的群名称的编号X", "g2",
                      "\"g2\"", "g1"]
        var text = "contact_id,at,kind,direction,group_id,campaign\n"
        for group in groups { text += "wm1,2025-11-10 10:00:00,\(group.isEmpty ? "私聊" : "群消息"),in,\(group),\n" }
        let read = try Fixtures.read([.contacts: Self.contacts, .touches: text])
        #expect(read.dataset.touches.map(\.groupId) == groups.map { $0.isEmpty ? nil : $0.replacingOccurrences(of: "\"", with: "") })
        #expect(read.dataset.touches.groupIds == ["g1", "g2", "一个很长的群名称的编号", "一个很长的群名称的编号X"])
    }

    @Test func aQuotedLineEndAtAPartBoundaryIsReadCorrectly() throws {
        // Campaign names with line breaks inside quotes: some part boundaries fall inside them.
        var text = "contact_id,at,kind,direction,group_id,campaign\n"
        for row in 0..<200 { text += "wm\(row),2025-11-10 10:00:00,群发,out,,\"双11\n第\(row)波\"\n" }
        let whole = try Fixtures.read([.contacts: Self.contacts, .touches: text])
        let parts = try Fixtures.read([.contacts: Self.contacts, .touches: text], partSize: 300)
        #expect(parts.dataset.touches == whole.dataset.touches)
        #expect(parts.dataset.touches.last?.campaign == "双11\n第199波")
    }

    @Test func aBadRowInALaterPartIsReportedAtItsLine() {
        var lines = Self.touches.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[351] = "wm35,2025-13-40 10:00:00,群发,out,,"
        let text = lines.joined(separator: "\n")
        #expect(throws: DiagnosticList.self) { try Fixtures.read([.contacts: Self.contacts, .touches: text], partSize: 512) }
        do {
            _ = try Fixtures.read([.contacts: Self.contacts, .touches: text], partSize: 512)
        } catch {
            #expect(error.diagnostics.map(\.location.line) == [352])
            #expect(error.diagnostics.first?.message.contains("2025-13-40") == true)
        }
    }
}

/// Numbering ids against a dictionary: short and long ids, Chinese ids, ids that differ only past byte 8 or 16,
/// numbered as strings and as cell bytes in turn.
@Suite struct IdentifierNumberingTests {
    @Test func numbersLikeADictionaryWhicheverWayIdsArrive() {
        var numbers = SeededNumbers(seed: 0xABCD_EF01)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        let stems = ["wm", "C100002", "E2024000001", "客户", "abcdefghijklmnop", "abcdefghijklmnopq", ""]
        for forCells in [true, false] {
            var numbering = IdentifierNumbering(forCells: forCells)
            var expected: [String: Int32] = [:]
            var wrong = 0
            for round in 0..<20_000 {
                let id = stems[next(stems.count)] + String(next(300))
                let reference = expected[id] ?? Int32(expected.count)
                expected[id] = reference
                var bytes = Array(id.utf8)
                let number = round % 2 == 0 ? numbering.number(id)
                    : bytes.withUnsafeMutableBufferPointer { numbering.number(.bytes(UnsafeBufferPointer($0))) }
                let again = bytes.withUnsafeMutableBufferPointer { numbering.isNumber(number, of: .bytes(UnsafeBufferPointer($0))) }
                if number != reference || !again || numbering.lookup(id) != reference { wrong += 1 }
            }
            #expect(wrong == 0)
            #expect(numbering.count == expected.count)
            #expect(numbering.lookup("never seen") == nil)
            // A neighbour's number is not this id's.
            #expect(!Array("wm1".utf8).withUnsafeBufferPointer { numbering.isNumber(numbering.lookup("wm2") ?? 0, of: .bytes($0)) })
        }
    }

    @Test func distinctIdsAreNumberedInTheirOrder() {
        // Enough ids for many stretches of the table; short, long and Chinese ones.
        let ids = (0..<20_000).map { ["wm", "客户", "abcdefghijklmnopq"][$0 % 3] + String($0) }
        var numbering = IdentifierNumbering(distinct: ids)
        #expect(numbering.ids == ids)
        var wrong = 0
        for (number, id) in ids.enumerated() {
            var bytes = Array(id.utf8)
            let byCell = bytes.withUnsafeMutableBufferPointer { numbering.lookup(.bytes(UnsafeBufferPointer($0))) }
            if numbering.lookup(id) != Int32(number) || byCell != Int32(number) { wrong += 1 }
        }
        #expect(wrong == 0)
        #expect(numbering.lookup("wm3x") == nil)
        #expect(numbering.number("wm3x") == 20_000)
        #expect(numbering.number("wm3") == 3)
    }

    @Test func numbersOfAnotherNumberingFollowItsOrder() {
        var numbers = SeededNumbers(seed: 0x5EED_0007)
        let stems = ["wm", "客户", "abcdefghijklmnop", ""]
        for (ownCells, otherCells) in [(true, true), (true, false), (false, true)] {
            var numbering = IdentifierNumbering(forCells: ownCells), other = IdentifierNumbering(forCells: otherCells)
            var expected: [String: Int32] = [:]
            for _ in 0..<2_000 {
                let id = stems[numbers.next(stems.count)] + String(numbers.next(400))
                if numbers.next(2) == 0 {
                    expected[id] = expected[id] ?? Int32(expected.count)
                    _ = numbering.number(id)
                } else {
                    _ = other.number(id)
                }
            }
            // The other's ids, in its order, after the ones already here.
            for id in other.ids where expected[id] == nil { expected[id] = Int32(expected.count) }
            #expect(numbering.numbers(of: other) == other.ids.map { expected[$0] })
            #expect(numbering.count == expected.count)
            #expect(numbering.ids.allSatisfy { numbering.lookup($0) == expected[$0] })
        }
    }
}

/// Ids found by partitioned hashing, checked against a dictionary.
@Suite struct IdIndexTests {
    /// Random ids, many repeated: short ones, ones of exactly 15 and 16 bytes, long ones, Chinese and empty.
    private func ids(_ count: Int, _ numbers: inout SeededNumbers) -> [String] {
        let stems = ["E2024", "wm", "客户", "C10000212345", "abcdefghijklmnopq", "wmqPrzDgAAvVg3dmhGJvLV4dPhUOZ", ""]
        return (0..<count).map { _ in stems[numbers.next(stems.count)] + String(numbers.next(9_000)) }
    }

    @Test func eachIdPointsAtItsFirstRow() {
        var numbers = SeededNumbers(seed: 0xD0_0B1E)
        // Past 2,048 ids, so that they spread over several partitions, and past 65,536, so that they are grouped
        // and checked on all cores (where there are several: `Parallel.cores`).
        for count in [0, 1, 2, 300, 20_000, 100_000] {
            let ids = ids(count, &numbers)
            var firstOf: [String: Int32] = [:]
            let expected = ids.indices.map { row in
                let first = firstOf[ids[row]] ?? Int32(row)
                firstOf[ids[row]] = first
                return first
            }
            let repeats = IdIndex.repeats(count: ids.count) { ids[$0] }
            #expect(repeats.map(\.row) == expected.indices.filter { expected[$0] != $0 })
            #expect(repeats.allSatisfy { expected[$0.row] == $0.first })
            let (index, firstRows) = IdIndex.withFirstRows(ids)
            #expect(firstRows == expected)
            #expect(index.row(of: "never seen") == nil)

            // Lookups, one at a time and all at once, of ids present and absent.
            let probes = self.ids(2_000, &numbers) + ids.prefix(500)
            let found = probes.map { firstOf[$0] ?? -1 }
            #expect(index.rows(of: probes) == found)
            #expect(probes.map { index.row(of: $0) ?? -1 } == found)
            // Enough probes to be grouped on all cores, however few partitions the index has.
            let many = (0..<70_000).map { probes[$0 % probes.count] }
            #expect(index.rows(of: many) == many.map { firstOf[$0] ?? -1 })
        }
    }

    @Test func idsAreComparedByTheirBytes() {
        // Canonically equal but differently encoded: an export's bytes decide, as elsewhere in ingest.
        let ids = ["caf\u{E9}", "cafe\u{301}", "caf\u{E9}", String(repeating: "长", count: 6), String(repeating: "长", count: 6)]
        let repeats = IdIndex.repeats(count: ids.count) { ids[$0] }
        #expect(repeats.map(\.row) == [2, 4] && repeats.map(\.first) == [0, 3])
        #expect(IdIndex(ids).rows(of: ["cafe\u{301}", String(repeating: "长", count: 6), String(repeating: "长", count: 5)]) == [1, 3, -1])
    }
}

/// Columns joined from pieces written on all cores.
@Suite struct ParallelJoinTests {
    @Test func piecesLandInOrder() {
        let pieces: [[Int32]] = [[1, 2, 3], [], [4], Array(5...1_000)]
        let joined: [Int32] = Parallel.joined(counts: pieces.map(\.count)) { piece, slice in
            for index in slice.indices { slice[index] = pieces[piece][index] * 2 }
        }
        #expect(joined == Array(1...1_000).map { Int32($0) * 2 })
        let none: [Int32] = Parallel.joined(counts: []) { _, _ in }
        #expect(none.isEmpty)
    }
}

/// The digit-at-a-time sort against the standard library's.
@Suite struct RadixSortTests {
    @Test func sortsLikeTheStandardLibrary() {
        var numbers = SeededNumbers(seed: 0x50_27ED)
        let shapes: [(Int, (inout SeededNumbers) -> UInt64)] = [
            (0, { _ in 0 }), (1, { _ in 7 }), (200, { UInt64($0.next(1_000)) }),
            // Packed like order times: a time in the high bits, a row in the low, many times equal.
            (50_000, { UInt64($0.next(3_000)) << 22 | UInt64($0.next(1 << 22)) }),
            // Every digit in use, the top bit too.
            (20_000, { UInt64($0.next(1 << 30)) << 34 ^ UInt64($0.next(1 << 30)) ^ (UInt64($0.next(2)) << 63) }),
            (5_000, { _ in 42 }),
        ]
        for (count, next) in shapes {
            let values = (0..<count).map { _ in next(&numbers) }
            var sorted = values
            RadixSort.sort(&sorted)
            #expect(sorted == values.sorted())
        }
    }

    @Test func sortsDoublesLikeTheStandardLibrary() {
        var numbers = SeededNumbers(seed: 0xD0_0B1E)
        let specials: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                                  .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e-300, -2.5e10]
        let values = specials + (0..<2_000).map { _ in (Double(numbers.next(2_000_001)) - 1_000_000) / 64 }
        #expect(RadixSort.sorted(values) == values.sorted())
        #expect(RadixSort.sorted([-0.0]).map(\.sign) == [.plus])
        #expect(RadixSort.sorted([]) == [])
    }
}
