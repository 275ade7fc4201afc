import Foundation
import Testing
@testable import SiyuSite

/// Builds the bundled sample project and follows every link: each `href` and `src` of every HTML page must name
/// a file in the output (and, with a fragment, an element id in it). Nothing may load from outside the output.
/// A second build of another period into the same folder must keep the first one's archive.
@Suite(.serialized) struct SiteLinksTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func build(period: String? = nil, into output: URL) throws {
        _ = try SiteBuilder(options: BuildOptions(project: Self.repository, output: output, period: period)).build()
    }

    /// Relative path → contents of every HTML file under a folder.
    func pages(_ folder: URL) -> [String: String] {
        var pages: [String: String] = [:]
        for path in FileIO.live.files(under: folder) where path.hasSuffix(".html") {
            pages[path] = String(decoding: FileManager.default.contents(atPath: folder.appending(path: path).path) ?? Data(), as: UTF8.self)
        }
        return pages
    }

    /// The values of `href="…"` and `src="…"` attributes, unescaped.
    static func links(_ html: String) -> [String] {
        ["href=\"", "src=\""].flatMap { attribute in
            html.components(separatedBy: attribute).dropFirst().map {
                String($0.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            }
        }
    }

    /// `dir/page.html` + `../a/b.html` → `a/b.html`; nil when the link climbs out of the output.
    static func resolve(_ link: String, from page: String) -> String? {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch part {
            case "..": if parts.isEmpty { return nil } else { parts.removeLast() }
            case ".", "": continue
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    @Test func everyPageExistsAndEveryInternalLinkResolves() throws {
        let output = FileManager.default.temporaryDirectory.appending(path: "siyu-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try build(into: output)
        let pages = pages(output)
        let expected = ["index.html", "report.html", "pool.html", "engagement.html", "groups.html", "commerce.html", "cohorts.html",
                        "segments.html", "ltv.html", "fission.html", "channels.html", "staff.html", "quality.html",
                        "playbooks/index.html", "reports/index.html"]
        let archive = try #require(pages.keys.first { $0.hasPrefix("reports/2") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 })
            .dropLast("index.html".count)
        for path in expected {
            #expect(pages[path] != nil, "missing \(path)")
            // The archive holds the period's reports; the handbook is not period data and stays live.
            if !path.hasPrefix("reports/") && !path.hasPrefix("playbooks/") { #expect(pages[archive + path] != nil, "archive lacks \(path)") }
        }
        var checked = 0
        for (page, html) in pages.sorted(by: { $0.key < $1.key }) {
            for link in Self.links(html) {
                #expect(!link.contains("://") && !link.hasPrefix("//"), "\(page) loads from outside Output: \(link)")
                if link.hasPrefix("mailto:") || link.hasPrefix("javascript:") || link.hasPrefix("data:") { continue }
                let pieces = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                // A query (`search.html?q=loss_rate`, the "+N more" after a KPI's playbooks) is read by the page's script.
                let path = String(pieces[0].prefix { $0 != "?" })
                let target = path.isEmpty ? page : (Self.resolve(path.removingPercentEncoding ?? path, from: page) ?? "")
                let file = output.appending(path: target)
                var isDirectory: ObjCBool = false
                #expect(FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) && !isDirectory.boolValue,
                        "\(page) links \(link): no file \(target)")
                if pieces.count == 2, !pieces[1].isEmpty, let targetHTML = pages[target] {
                    let fragment = pieces[1].removingPercentEncoding ?? pieces[1]
                    #expect(targetHTML.contains("id=\"\(fragment)\""), "\(page) links \(link): no id \(fragment) in \(target)")
                }
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    @Test func weeklyBuildsIntoOneFolderAccumulateArchives() throws {
        let output = FileManager.default.temporaryDirectory.appending(path: "siyu-archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try build(period: "2025-W46", into: output)
        try build(period: "2025-W47", into: output)
        try build(period: "2025-W47", into: output)
        let pages = pages(output)
        for week in ["2025-W46", "2025-W47"] {
            #expect(pages["reports/\(week)/index.html"] != nil, "missing archive \(week)")
            #expect(pages["reports/\(week)/pool.html"] != nil)
            #expect(pages["reports/index.html"]?.contains("reports/\(week)/index.html") == true, "index lacks \(week)")
        }
        // The carried archive is the first build's, byte for byte.
        #expect(pages["reports/2025-W46/index.html"]?.contains("2025年第46周") == true)
        #expect(pages["index.html"]?.contains("2025年第47周") == true)
    }
}
