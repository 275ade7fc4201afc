import Foundation
import SiyuContent
import Testing
@testable import SiyuSite

/// The markup mistakes the W3C Nu checker found in the sample site, kept from coming back without needing Java:
/// every `id` is unique within its page (a table once took its section's id), a chart or table shortcode on a line of
/// its own is not left inside a `<p>` (which the HTML parser would close early), and a code fence's info string is
/// a `class="language-…"`, not a `lang` attribute (which names a human language). `.ci/checks` runs the real checker.
@Suite struct MarkupValidityTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theSampleSiteHasUniqueIdsAndNoBlockInsideAParagraph() throws {
        let output = FileManager.default.temporaryDirectory.appending(path: "siyu-markup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try SiteBuilder(options: BuildOptions(project: Self.repository, output: output)).build()
        let pages = FileIO.live.files(under: output).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 20)
        for page in pages {
            let html = String(decoding: try Data(contentsOf: output.appending(path: page)), as: UTF8.self)
            let ids = html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "\(page): duplicate ids \(repeated)")
            for block in ["<p><figure", "<p><div", "<p><table", "<pre lang="] {
                #expect(!html.contains(block), "\(page) contains \(block)")
            }
        }
    }

    @Test func aCodeFenceInfoStringIsAnEscapedClassNotALangAttribute() throws {
        let text = "---\ntitle: Code\n---\n```javascript\nx\n```\n\n```\"><script>alert(1)</script>\ny\n```\n"
        let playbooks = try PlaybookLoader().load([PlaybookSource(relativePath: "code.md", displayPath: "code.md", text: text)])
        let html = try #require(playbooks.first).html
        #expect(html.contains("<pre><code class=\"language-javascript\">"))
        #expect(!html.contains("lang="))
        #expect(!html.contains("<script"))
    }
}
