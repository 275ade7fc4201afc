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
