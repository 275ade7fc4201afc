import Testing
@testable import SiyuContent
@testable import SiyuData
@testable import SiyuMetrics
@testable import SiyuRender

@Suite struct SiteRendererTests {
    static func context(language: Language = .zh) throws -> RenderContext {
        let clock = LocalClock.shanghai
        let day = CivilDate.days(year: 2025, month: 11, day: 3)
        let dataset = Dataset(contacts: [Contact(id: "c1", addedAt: clock.instant(day: day), channel: "<b>门店</b>")],
                              present: [.contacts])
        let report = ReportBuilder.build(dataset: dataset, settings: MetricSettings(clock: clock))
        let playbooks = try PlaybookLoader().load([
            PlaybookSource(relativePath: "sop/a.md", displayPath: "Content/playbooks/sop/a.md",
                           text: "---\ntitle: \"<script>x</script>\"\nsection: SOP\nkpis: [pool_new]\n---\n## 一\n本期 {{< kpi pool_new >}}\n## 二\n### 三"),
            PlaybookSource(relativePath: "strategy/b.md", displayPath: "Content/playbooks/strategy/b.md",
                           text: "---\ntitle: 目标\nsection: 定策略\n---\n正文"),
        ])
        return RenderContext(siteTitle: "周报 & \"测试\"", language: language, report: report, playbooks: playbooks)
    }

    @Test func everyPageIsWrittenAndEscaped() throws {
        let pages = try SiteRenderer(templates: .builtIn).render(try Self.context())
        #expect(Set(pages.keys).isSuperset(of: ["index.html", "playbooks/index.html", "playbooks/sop/a.html",
                                               "playbooks/strategy/b.html", "assets/siyu.css", "assets/siyu.js"]))
        let page = String(decoding: pages["playbooks/sop/a.html"] ?? [], as: UTF8.self)
        #expect(page.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(!page.contains("<script>x"))
        #expect(page.contains("周报 &amp; &quot;测试&quot;"))
        // Table of contents, KPI strip, shortcode value, prev/next in handbook order (定策略 before SOP).
        #expect(page.contains("class=\"toc "))
        #expect(page.contains("href=\"#三\""))
        #expect(page.contains("kpi-strip"))
        #expect(page.contains("class=\"kpi-inline\""))
        #expect(page.contains("href=\"../../playbooks/strategy/b.html\""))
        #expect(page.contains("href=\"../../assets/siyu.css\""))
        let index = String(decoding: pages["index.html"] ?? [], as: UTF8.self)
        #expect(index.contains("href=\"assets/siyu.css\""))
        #expect(index.contains("id=\"kpi-pool_new\""))
        #expect(index.contains("playbooks/sop/a.html"))
    }

    /// A KPI declared by many playbooks lists the first few in handbook order on its cards, then "+N more", a search.
    @Test func kpiCardsListAFewPlaybooksThenASearch() throws {
        var context = try Self.context(language: .en)
        context.playbooks = try PlaybookLoader().load((0..<8).map { n in
            PlaybookSource(relativePath: "sop/p\(n).md", displayPath: "Content/playbooks/sop/p\(n).md",
                           text: "---\ntitle: Play \(n)\nweight: \(n)\nkpis: [pool_new]\n---\nBody")
        })
        let pages = try SiteRenderer(templates: .builtIn).render(context)
        let index = String(decoding: pages["index.html"] ?? [], as: UTF8.self)
        let card = index.components(separatedBy: "id=\"kpi-pool_new\"").dropFirst().first?.components(separatedBy: "</article>").first ?? ""
        #expect((0..<5).allSatisfy { card.contains(">Play \($0)</a>") })
        #expect(!card.contains(">Play 5</a>"))
        #expect(card.contains("<a class=\"more-playbooks\" href=\"search.html?q=pool_new\""))
        #expect(card.contains(">+3 more →</a>"))
        let archived = pages.first { $0.key.hasPrefix("reports/") && $0.key.hasSuffix("/index.html") && $0.key.split(separator: "/").count == 3 }
        let archivedIndex = String(decoding: archived?.value ?? [], as: UTF8.self)
        #expect(archivedIndex.contains("href=\"../../search.html?q=pool_new\""))
        #expect(PlaybookLinks.queryEncoded("a b&c/中") == "a%20b%26c%2F%E4%B8%AD")
    }

    @Test func englishLabels() throws {
        let pages = try SiteRenderer(templates: .builtIn).render(try Self.context(language: .en))
        let index = String(decoding: pages["index.html"] ?? [], as: UTF8.self)
        #expect(index.contains("<html lang=\"en\">"))
        #expect(index.contains("New contacts"))
        #expect(!index.contains("新增客户数"))
    }

    @Test func projectTemplatesOverrideFileByFile() throws {
        let templates = TemplateSet.builtIn.overriding(with: ["assets/siyu.css": Array("body{}".utf8)])
        let pages = try SiteRenderer(templates: templates).render(try Self.context())
        #expect(pages["assets/siyu.css"] == Array("body{}".utf8))
        #expect(pages["assets/siyu.js"] == TemplateSet.builtIn.files["assets/siyu.js"])
    }

    @Test func templateSyntaxErrorNamesTheFile() throws {
        let templates = TemplateSet.builtIn.overriding(with: ["overview.mustache": Array("<p>{{#open}}</p>".utf8)])
        #expect(throws: (any Error).self) { try SiteRenderer(templates: templates).render(try Self.context()) }
        do {
            _ = try templates.library()
        } catch {
            #expect(error.diagnostics.first?.location.file == "Templates/overview.mustache")
        }
    }

    @Test func unknownShortcodeIdIsAnErrorAtItsLine() throws {
        var context = try Self.context()
        context.playbooks = try PlaybookLoader().load([
            PlaybookSource(relativePath: "x.md", displayPath: "Content/playbooks/x.md", text: "---\ntitle: X\n---\n\n{{< kpi nope >}}"),
        ])
        do {
            _ = try SiteRenderer(templates: .builtIn).render(context)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.location.description == "Content/playbooks/x.md:5:1")
        }
    }
}
