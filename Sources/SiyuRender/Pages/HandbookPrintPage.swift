#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiyuContent

/// `playbooks/print.html`: the whole handbook on one page, in reading order, for printing to PDF. Ids inside each
/// body are prefixed with the page's (`pb-sop/welcome:第一步`) and links between playbooks point within the page.
struct HandbookPrintPage {
    struct Chapter {
        var id: String
        var number: Int
        var title: String
        var introHTML: String
        var hasIntroHTML: Bool
        var articles: [Article]
    }

    struct Article {
        var id: String
        var title: String
        var summary: String
        var hasSummary: Bool
        var meta: String
        var hasMeta: Bool
        var kpis: [HandbookKPIs.Chip]
        var hasKPIs: Bool
        var body: String
    }

    var heading: String
    var siteTitle: String
    var periodText: String
    var chapters: [Chapter]
    var root = "../"
    var t: Labels

    /// `bodies` maps a slug to its filled print body.
    init(navigation: HandbookNavigation, bodies: [String: String], kpis: HandbookKPIs) {
        let context = kpis.context
        let labels = navigation.labels
        let language = context.language
        t = labels
        heading = labels.handbook
        siteTitle = context.siteTitle
        periodText = language.pick("\(labels.printEdition) · 周期 \(context.report.period.label) · 数据截至 \(context.asOfDay)",
                                   "\(labels.printEdition) · period \(context.report.period.label) · data as of \(context.asOfDay)")
        chapters = navigation.tree.sections.enumerated().map { index, section in
            let playbooks = section.nodes.flatMap(Self.playbooks)
            return Chapter(
                id: "chapter-\(section.key)", number: index + 1, title: navigation.sectionTitle(section),
                introHTML: section.landing.flatMap { bodies[$0.slug] } ?? "",
                hasIntroHTML: section.landing.flatMap { bodies[$0.slug] }.map { !$0.isEmpty } ?? false,
                articles: playbooks.map { playbook in
                    let summary = playbook.frontMatter.summary ?? ""
                    let meta = PlaybookPage.meta(playbook, labels: labels, language: language)
                        .map { "\($0.label) \($0.value)" }.joined(separator: " · ")
                    let chips = kpis.chips(playbook)
                    return Article(id: playbook.printID, title: playbook.title, summary: summary, hasSummary: !summary.isEmpty,
                                   meta: meta, hasMeta: !meta.isEmpty, kpis: chips, hasKPIs: !chips.isEmpty,
                                   body: Self.demoteHeadings(bodies[playbook.slug] ?? "", by: 2))
                })
        }
    }

    /// Under the chapter's h2 and the article's h3, a body's h2 becomes an h4 (h6 at most). Over the UTF-8 bytes:
    /// the tags are ASCII, and scanning by `Character` made this 4% of a 10,000-playbook build. The text between
    /// tags is copied as string slices, which need no second UTF-8 validation (decoding a byte copy of every body
    /// did: 1% of that build).
    static func demoteHeadings(_ html: String, by levels: Int) -> String {
        // Where each heading tag's digit is, and its new level: found with memchr over contiguous bytes.
        let contiguous: [(digit: Int, level: Int)]? = html.utf8.withContiguousStorageIfAvailable { bytes in
            var found: [(digit: Int, level: Int)] = []
            guard let base = bytes.baseAddress else { return found }
            var index = 0
            while index < bytes.count, let hit = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) {
                let open = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                index = open + 1
                let h = open + (open + 1 < bytes.count && bytes[open + 1] == UInt8(ascii: "/") ? 2 : 1)
                guard h + 2 < bytes.count, bytes[h] == UInt8(ascii: "h"),
                      (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[h + 1]),
                      bytes[h + 2] == UInt8(ascii: ">") || bytes[h + 2] == UInt8(ascii: " ") else { continue }
                found.append((h + 1, min(Int(bytes[h + 1] - UInt8(ascii: "0")) + levels, 6)))
                index = h + 2
            }
            return found
        }
        guard let tags = contiguous else { return demoteSlowly(html, by: levels) }
        guard !tags.isEmpty else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var copied = html.startIndex
        for tag in tags {
            let digit = html.utf8.index(html.utf8.startIndex, offsetBy: tag.digit)
            result += html[copied..<digit]
            result += String(tag.level)
            copied = html.utf8.index(after: digit)
        }
        result += html[copied...]
        return result
    }

    /// The same for a string without contiguous UTF-8 (a bridged one): byte by byte.
    private static func demoteSlowly(_ html: String, by levels: Int) -> String {
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                let h = index + (index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") ? 2 : 1)
                if h + 2 < bytes.count, bytes[h] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[h + 1]),
                   bytes[h + 2] == UInt8(ascii: ">") || bytes[h + 2] == UInt8(ascii: " ") {
                    result += bytes[index...h]
                    result.append(UInt8(ascii: "0") + UInt8(min(Int(bytes[h + 1] - UInt8(ascii: "0")) + levels, 6)))
                    index = h + 2
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func playbooks(_ node: HandbookTree.Node) -> [Playbook] {
        (node.playbook.map { [$0] } ?? []) + node.children.flatMap(playbooks)
    }
}
