import Foundation
import SiyuCore
import Testing
@testable import SiyuContent

/// The five seed articles, as their authors published them (Fixtures/seeds/README.md), loaded as a playbooks folder.
@Suite struct SeedImportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "Fixtures/seeds/playbooks")

    static func sources() throws -> [PlaybookSource] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
            return PlaybookSource(relativePath: name, displayPath: "Content/playbooks/\(name)", text: text)
        }
    }

    @Test(arguments: [false, true])
    func theSeedsBuildWithTheirTitlesDatesAndCategories(unsafeHTML: Bool) throws {
        let sources = try Self.sources()
        #expect(sources.count == 5)
        let pages = try PlaybookLoader(options: .init(unsafeHTML: unsafeHTML)).load(sources)
        let bySlug = Dictionary(uniqueKeysWithValues: pages.map { ($0.slug, $0) })
        let expected: [(String, String, String?, [String])] = [
            ("000_804f337a4e7ef489", "两千字讲清楚如何做私域流量？", "2021-09-24", ["新媒体", "鸟哥笔记", "首页"]),
            ("001_e63525fec6c47c40", "私域流量：长远而忠诚的客户关系", "2021-04-26", ["新媒体", "人人都是产品经理", "最新文章"]),
            ("002_62d7bc7a7d0fad5b", "这是我看了很多文章总结出来的私域运营笔记，值得收藏", "2021-09-12", ["新媒体", "人人都是产品经理", "最新文章"]),
            // No front matter and no Markdown heading: the title is the file name.
            ("003_71a1a8e3905e74a7", "003_71a1a8e3905e74a7", nil, []),
            ("004_073833b75f0e43fe", "聊一聊品牌到底为什么做不好私域，价值千万的私域心法", "2022-03-15", ["新媒体", "人人都是产品经理", "最新文章"]),
        ]
        for (slug, title, updated, categories) in expected {
            let page = try #require(bySlug[slug])
            #expect(page.title == title)
            #expect(page.frontMatter.updated == updated)
            #expect(page.frontMatter.categories == categories)
            #expect(page.section == (categories.first ?? ""))
            #expect(!page.html.isEmpty)
        }
        let first = try #require(bySlug["000_804f337a4e7ef489"])
        #expect(first.frontMatter.owner == "鸟哥笔记") // Hexo's `author`
        #expect(first.frontMatter.extra["headimg"]?.hasPrefix("https://") == true) // unknown keys kept
        let plain = try #require(bySlug["003_71a1a8e3905e74a7"])
        #expect(plain.html.contains("<p>什么是私域流量?</p>"))
        #expect(plain.text.contains("流量池"))
    }

    @Test func rawHTMLIsOmittedUnlessTheProjectAllowsItAndTagfilterStaysOn() throws {
        let sources = try Self.sources()
        let safe = try PlaybookLoader().load(sources).first { $0.slug == "000_804f337a4e7ef489" }
        #expect(safe?.html.contains("<!-- raw HTML omitted -->") == true)
        #expect(safe?.html.contains("<p label=") == false)
        #expect(safe?.text.contains("为什么要做私域流量") == false)

        let trusted = try PlaybookLoader(options: .init(unsafeHTML: true)).load(sources)
        let article = try #require(trusted.first { $0.slug == "000_804f337a4e7ef489" })
        #expect(article.html.contains("<p label=\"正文\""))
        // Imported HTML is searchable once it is published.
        #expect(article.text.contains("为什么要做私域流量"))
        let withScript = try PlaybookLoader(options: .init(unsafeHTML: true)).load([
            PlaybookSource(relativePath: "x.md", displayPath: "x.md", text: "<div>\n<script>alert(1)</script>\n</div>\n\n<iframe src=\"x\"></iframe>"),
        ])
        #expect(withScript.first?.html.contains("<script>") == false)
        #expect(withScript.first?.html.contains("&lt;script>") == true)
        #expect(withScript.first?.html.contains("&lt;iframe") == true)
    }
}
