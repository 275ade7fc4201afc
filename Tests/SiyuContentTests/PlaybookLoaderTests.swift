import SiyuCore
import Testing
@testable import SiyuContent

@Suite struct PlaybookLoaderTests {
    func load(_ files: [String: String], unsafeHTML: Bool = false) throws(DiagnosticList) -> [Playbook] {
        try PlaybookLoader(options: .init(unsafeHTML: unsafeHTML)).load(files.map {
            PlaybookSource(relativePath: $0.key, displayPath: "Content/playbooks/\($0.key)", text: $0.value)
        })
    }

    @Test func gfmExtensionsAndNoRawHTML() throws {
        let page = try #require(try load(["a.md": """
        ---
        title: A
        ---
        | 指标 | 值 |
        |---|---|
        | 复购率 | 30% |

        - [ ] 发欢迎语
        - [x] 打标签

        ~~旧做法~~ https://example.com

        <script>alert(1)</script>
        """]).first)
        #expect(page.html.contains("<table>"))
        #expect(page.html.contains("type=\"checkbox\""))
        #expect(page.html.contains("<del>旧做法</del>"))
        #expect(page.html.contains("<a href=\"https://example.com\">"))
        #expect(!page.html.contains("<script>"))
    }

    @Test func headingAnchorsAndTitleFallbacks() throws {
        let pages = try load(["sop/welcome.md": "## 第一步：加好友\n\n## 第一步：加好友\n\n### Day 3 回访", "notes.md": "正文"])
        let welcome = try #require(pages.first { $0.slug == "sop/welcome" })
        #expect(welcome.title == "第一步：加好友")
        #expect(welcome.section == "sop")
        #expect(welcome.headings.map(\.anchor) == ["第一步加好友", "第一步加好友-1", "day-3-回访"])
        #expect(welcome.html.contains("<h2 id=\"第一步加好友\">"))
        #expect(pages.first { $0.slug == "notes" }?.title == "notes")
    }

    @Test func linksBetweenPlaybooksAreRewritten() throws {
        let pages = try load([
            "sop/welcome.md": "见 [复购](repurchase.md#时机) 和 [目标](../strategy/goals.md)。",
            "sop/repurchase.md": "## 时机",
            "strategy/goals.md": "## 目标",
        ])
        let welcome = try #require(pages.first { $0.slug == "sop/welcome" })
        // cmark percent-encodes the URL; browsers decode the fragment before matching the id.
        #expect(welcome.html.contains("href=\"repurchase.html#%E6%97%B6%E6%9C%BA\""))
        #expect(welcome.html.contains("href=\"../strategy/goals.html\""))
    }

    @Test func missingPlaybookOrAnchorIsAnErrorAtItsLine() {
        do {
            _ = try load(["a.md": "---\ntitle: A\n---\n\n[x](missing.md)\n\n[y](b.md#nope)", "b.md": "## yes"])
            Issue.record("expected errors")
        } catch {
            let lines = error.diagnostics.map { "\($0.location.file):\($0.location.line)" }.sorted()
            #expect(lines == ["Content/playbooks/a.md:5", "Content/playbooks/a.md:7"])
        }
    }

    @Test func shortcodesBecomePlaceholdersWithLocations() throws {
        let page = try #require(try load(["a.md": "---\ntitle: A\n---\n复购率 {{< kpi repurchase_rate >}}\n\n{{< chart pool_trend >}}"]).first)
        #expect(page.shortcodes.map(\.kind) == [.kpi, .chart])
        #expect(page.shortcodes.first?.location == SourceLocation(file: "Content/playbooks/a.md", line: 4, column: 5))
        #expect(page.html.contains(page.shortcodes[0].placeholder))
        #expect(throws: DiagnosticList.self) { try load(["b.md": "{{< video x >}}"]) }
    }

    @Test func draftsAreSkippedAndOversizedFilesRefused() throws {
        #expect(try load(["a.md": "---\ntitle: A\ndraft: true\n---\nx"]).isEmpty)
        let huge = String(repeating: "a", count: (1 << 20) + 1)
        #expect(throws: DiagnosticList.self) { try load(["big.md": huge]) }
    }

    @Test(arguments: [("复购 SOP：第一步", "复购-sop第一步"), ("Hello, World!", "hello-world"), ("！！", "section")])
    func slugs(_ text: String, _ slug: String) {
        #expect(Slug.make(text) == slug)
    }
}
