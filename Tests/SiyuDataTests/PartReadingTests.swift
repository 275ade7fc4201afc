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
}
