import Foundation
import SiyuCore
import Testing
@testable import SiyuContent
@testable import SiyuData
@testable import SiyuMetrics
@testable import SiyuRender

/// The handbook's pages: tree, sections and their index pages, breadcrumbs, KPI cross-links, print edition.
@Suite struct HandbookPagesTests {
    /// A one-contact report (the contact joins after the report's period, so pool_new = 0) with a target
    /// pool_new ≥ 100, so pool_new is off target.
    static func context(_ files: [String: String], language: Language = .zh) throws -> RenderContext {
        let clock = LocalClock.shanghai
        let day = CivilDate.days(year: 2025, month: 11, day: 3)
        let dataset = Dataset(contacts: [Contact(id: "c1", addedAt: clock.instant(day: day), channel: "门店")], present: [.contacts])
        let report = ReportBuilder.build(dataset: dataset,
                                         settings: MetricSettings(clock: clock, targets: ["pool_new": Target(min: 100)]))
        let playbooks = try PlaybookLoader().load(files.sorted { $0.key < $1.key }.map {
            PlaybookSource(relativePath: $0.key, displayPath: "Content/playbooks/\($0.key)", text: $0.value)
        })
        return RenderContext(siteTitle: "手册测试", language: language, report: report, playbooks: playbooks)
    }

    static let handbook: [String: String] = [
        "strategy/goals.md": "---\ntitle: 目标\nsection: 定策略\norder: 1\nkpis: [pool_new]\n---\n## 北极星\n正文 {{< kpi pool_new >}}\n## 支撑指标",
        "strategy/team.md": "---\ntitle: 团队\nsection: 定策略\norder: 2\n---\n见 [目标](goals.md#北极星)",
        "sop/_index.md": "---\ntitle: SOP\nsummary: 每天照着做的流程\nkpis: [pool_total]\n---\n这一章的<b>说明</b>。",
        "sop/welcome.md": "---\ntitle: 新客欢迎\norder: 1\nowner: 周周\ncadence: daily\nupdated: 2025-11-20\n---\n- [ ] 发欢迎语\n- [x] 打标签",
        "sop/daily/_index.md": "---\ntitle: 每日例行\norder: 2\n---\n每天的事。",
        "sop/daily/morning.md": "---\ntitle: 早会\norder: 1\n---\n## 早会流程",
        "sop/daily/evening.md": "---\ntitle: 晚间值班\norder: 2\n---\n正文",
        "notes.md": "# 随手记\n\n没有分区的页面。",
    ]

    static func render(_ files: [String: String] = handbook, language: Language = .zh) throws -> [String: String] {
        try SiteRenderer(templates: .builtIn).render(try context(files, language: language))
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func theTreeFollowsSectionsFoldersAndOrder() throws {
        let tree = HandbookTree(try Self.context(Self.handbook).playbooks)
        #expect(tree.sections.map(\.name) == ["定策略", "sop", ""])
        #expect(tree.sections.map(\.key) == ["strategy", "sop", "section-general"])
        #expect(tree.sections.map(\.indexPath) == ["playbooks/strategy/index.html", "playbooks/sop/index.html",
                                                   "playbooks/section-general/index.html"])
        let sop = try #require(tree.sections.first { $0.key == "sop" })
        #expect(sop.landing?.slug == "sop/_index")
        #expect(sop.nodes.map(\.title) == ["新客欢迎", "每日例行"])
        #expect(sop.nodes[1].isFolder)
        #expect(sop.nodes[1].playbook?.slug == "sop/daily/_index")
        #expect(sop.nodes[1].children.map(\.title) == ["早会", "晚间值班"])
        #expect(tree.readingOrder.map(\.slug) == ["strategy/goals", "strategy/team", "sop/welcome", "sop/daily/_index",
                                                  "sop/daily/morning", "sop/daily/evening", "notes"])
        #expect(HandbookOrder.sorted(try Self.context(Self.handbook).playbooks).first?.slug == "strategy/goals")
    }

    @Test func pagesWithoutASectionJoinTheirFolders() throws {
        let tree = HandbookTree(try Self.context([
            "sop/a.md": "---\ntitle: A\nsection: SOP\n---\n", "sop/b.md": "---\ntitle: B\nsection: SOP\n---\n",
            "sop/daily/c.md": "---\ntitle: C\n---\n", "misc/d.md": "---\ntitle: D\n---\n",
        ]).playbooks)
        #expect(tree.sections.map(\.name) == ["SOP", "misc"])
        #expect(tree.sections.map(\.key) == ["sop", "misc"])
        #expect(tree.sections[0].nodes.map(\.title) == ["A", "B", "daily"])
    }

    @Test func everyHandbookPageIsWritten() throws {
        let pages = try Self.render()
        for path in ["playbooks/index.html", "playbooks/strategy/index.html", "playbooks/sop/index.html",
                     "playbooks/section-general/index.html", "playbooks/strategy/goals.html", "playbooks/sop/welcome.html",
                     "playbooks/sop/daily/index.html", "playbooks/sop/daily/morning.html", "playbooks/notes.html",
                     "playbooks/print.html", "search.html", "assets/search-index.js", "assets/search.js", "assets/handbook.js"] {
            #expect(pages[path] != nil, "missing \(path)")
        }
    }

    @Test func theSidebarIsANestedTreeWithTheCurrentPageOpen() throws {
        let morning = try #require(try Self.render()["playbooks/sop/daily/morning.html"])
        #expect(morning.contains("<details class=\"tree-folder\" open><summary><a href=\"../../../playbooks/sop/daily/index.html\">每日例行</a></summary>"))
        #expect(morning.contains("<a href=\"../../../playbooks/sop/daily/morning.html\" aria-current=\"page\">早会</a>"))
        #expect(morning.contains("<a class=\"sidebar-section\" href=\"../../../playbooks/sop/index.html\">SOP</a>"))
        let welcome = try #require(try Self.render()["playbooks/sop/welcome.html"])
        #expect(welcome.contains("<details class=\"tree-folder\"><summary>"))
    }

    @Test func breadcrumbsMetaAndPrevNext() throws {
        let pages = try Self.render()
        let morning = try #require(pages["playbooks/sop/daily/morning.html"])
        #expect(morning.contains("<li><a href=\"../../../playbooks/index.html\">运营手册</a></li><li><a href=\"../../../playbooks/sop/index.html\">SOP</a></li><li><a href=\"../../../playbooks/sop/daily/index.html\">每日例行</a></li>"))
        #expect(morning.contains("rel=\"prev\"><span class=\"pager-label\">← 上一篇</span><span class=\"pager-title\">每日例行</span>"))
        #expect(morning.contains("rel=\"next\"><span class=\"pager-label\">下一篇 →</span><span class=\"pager-title\">晚间值班</span>"))
        let welcome = try #require(pages["playbooks/sop/welcome.html"])
        #expect(welcome.contains("<dt>负责人</dt><dd>周周</dd>"))
        #expect(welcome.contains("<dt>频率</dt><dd>每日</dd>"))
        #expect(welcome.contains("<dt>更新于</dt><dd>2025-11-20</dd>"))
        #expect(welcome.contains("class=\"checklist\""))
        #expect(welcome.contains("执行时逐项勾选"))
    }

    @Test func sectionIndexPagesShowTheLandingTextAndCards() throws {
        let sop = try #require(try Self.render()["playbooks/sop/index.html"])
        #expect(sop.contains("<h1>SOP</h1>"))
        #expect(sop.contains("<p class=\"lede\">每天照着做的流程</p>"))
        #expect(sop.contains("这一章的<!-- raw HTML omitted -->说明"))
        #expect(sop.contains("<h3 class=\"group-title\" id=\"group-daily\">每日例行</h3>"))
        #expect(sop.contains("<a class=\"page-card-title\" href=\"../../playbooks/sop/welcome.html\">新客欢迎</a>"))
        #expect(sop.contains("<span class=\"meta-cadence\">每日</span>"))
        // The landing page is the section's index, not a page of its own as well.
        #expect(!sop.contains("playbooks/sop/_index.html"))
        let general = try #require(try Self.render()["playbooks/section-general/index.html"])
        #expect(general.contains("<h1>其他</h1>"))
        #expect(general.contains("本章 1 篇"))
    }

    @Test func kpiCrossLinksAndAlertsForOffTargetKPIs() throws {
        let pages = try Self.render()
        let goals = try #require(pages["playbooks/strategy/goals.html"])
        #expect(goals.contains("<a class=\"kpi-chip breached\" href=\"../../index.html#kpi-pool_new\">"))
        #expect(goals.contains("<aside class=\"callout callout-alert\" aria-label=\"本期需要执行\">"))
        #expect(goals.contains("未达标"))
        let index = try #require(pages["playbooks/index.html"])
        #expect(index.contains("<h2 id=\"urgent-title\" class=\"callout-title\">本期需要执行</h2>"))
        #expect(index.contains("<a href=\"../playbooks/strategy/goals.html\">目标</a>"))
        #expect(index.contains("<span class=\"badge badge-alert\">未达标</span>"))
        // The overview's card links back to the playbook that declares its KPI.
        #expect(pages["index.html"]?.contains("playbooks/strategy/goals.html") == true)
    }

    @Test func anUnknownKPIInFrontMatterIsAnErrorAtItsLine() throws {
        let context = try Self.context(["a.md": "---\ntitle: A\nkpis: [pool_new, no_such_kpi]\n---\n正文"])
        do {
            _ = try SiteRenderer(templates: .builtIn).render(context)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.location.description == "Content/playbooks/a.md:3:7")
            #expect(error.diagnostics.first?.message == "unknown KPI id \"no_such_kpi\" in kpis")
        }
    }

    @Test(arguments: [
        ("{{< kpi nope >}}", "unknown KPI id \"nope\"", "Content/playbooks/x.md:5:3"),
        ("{{< chart nope >}}", "unknown chart id \"nope\"", "Content/playbooks/x.md:5:3"),
        ("{{< segments abc >}}", "unknown segments id \"abc\"", "Content/playbooks/x.md:5:3"),
    ])
    func unknownShortcodeIdsAreErrorsAtTheirLine(_ shortcode: String, _ message: String, _ location: String) throws {
        let context = try Self.context(["x.md": "---\ntitle: X\n---\n\n看 \(shortcode)"])
        do {
            _ = try SiteRenderer(templates: .builtIn).render(context)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.message == message)
            #expect(error.diagnostics.first?.location.description == location)
            #expect(error.diagnostics.first?.hint?.isEmpty == false)
        }
    }

    @Test func shortcodesRenderLiveFigures() throws {
        let pages = try Self.render([
            "a.md": "---\ntitle: A\n---\n新增 {{< kpi pool_new >}}\n\n{{< chart pool_trend >}}\n\n{{< segments rfm >}}\n\n{{< segments 5a >}}",
        ])
        let page = try #require(pages["playbooks/a.html"])
        #expect(page.contains("<span class=\"kpi-inline\" title=\"新增客户数\"><strong>0</strong>"))
        #expect(page.contains("<figure class=\"figure\"><svg"))
        #expect(page.contains("RFM"))
        #expect(page.contains("5A"))
    }

    @Test func thePrintEditionHoldsTheWholeHandbookInReadingOrder() throws {
        let print = try #require(try Self.render()["playbooks/print.html"])
        let order = ["id=\"pb-strategy/goals\"", "id=\"pb-strategy/team\"", "id=\"pb-sop/welcome\"", "id=\"pb-sop/daily/index\"",
                     "id=\"pb-sop/daily/morning\"", "id=\"pb-sop/daily/evening\"", "id=\"pb-notes\""]
        let positions = order.map { print.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // Links between playbooks point inside the page; body headings sit under the article's h3.
        #expect(print.contains("href=\"#pb-strategy/goals:%E5%8C%97%E6%9E%81%E6%98%9F\""))
        #expect(print.contains("<h4 id=\"pb-strategy/goals:北极星\">北极星</h4>"))
        #expect(print.contains("<h2 class=\"print-chapter-title\" id=\"chapter-sop-title\">"))
        #expect(print.contains("这一章的")) // the section's landing text opens its chapter
        #expect(print.contains("<span class=\"kpi-inline\""))
    }

    @Test func englishHandbookLabels() throws {
        let pages = try Self.render(language: .en)
        let welcome = try #require(pages["playbooks/sop/welcome.html"])
        #expect(welcome.contains("<dt>Owner</dt><dd>周周</dd>"))
        #expect(welcome.contains("<dt>Cadence</dt><dd>Daily</dd>"))
        #expect(welcome.contains("placeholder=\"Search the handbook and KPIs\""))
        #expect(pages["playbooks/section-general/index.html"]?.contains("<h1>General</h1>") == true)
    }

    /// Past `fullTreeLimit` pages the sidebar holds the current section and path only, so the build stays linear.
    @Test func aBigHandbookKeepsEachSidebarSmall() throws {
        var files: [String: String] = [:]
        for index in 0..<240 {
            let folder = ["a/x", "a/y", "b"][index % 3]
            files["\(folder)/p\(index).md"] = "---\ntitle: 第 \(index) 篇\norder: \(index)\n---\n正文"
        }
        let context = try Self.context(files)
        let navigation = HandbookNavigation(tree: HandbookTree(context.playbooks), labels: Labels(.zh))
        let page = try #require(context.playbooks.first { $0.slug == "a/x/p0" })
        let sidebar = navigation.sidebar(currentPath: page.outputPath, current: page)
        func count(_ items: [HandbookNavigation.Item]) -> Int { items.count + items.map { count($0.children) }.reduce(0, +) }
        #expect(sidebar.map(\.title) == ["a", "b"])
        #expect(sidebar[1].children.isEmpty) // another section: its title only
        #expect(sidebar[0].children.map(\.title) == ["x", "y"])
        #expect(sidebar[0].children[0].children.count == 80) // the folder holding the page, open
        #expect(sidebar[0].children[1].children.isEmpty) // a folder off the path: a link to its group
        #expect(sidebar[0].children[1].href == "playbooks/a/index.html#group-y")
        #expect(count(sidebar) < 100)
        let pages = try SiteRenderer(templates: .builtIn).render(context)
        let index = String(decoding: try #require(pages["playbooks/index.html"]), as: UTF8.self)
        #expect(index.contains("本章全部 160 篇 →"))
        #expect(index.components(separatedBy: "<li class=\"page-card").count - 1 == 2 * HandbookIndexPage.cardsPerSection)
    }

    /// The five seed articles (Tests/SiyuContentTests/Fixtures/seeds) build into a whole handbook, in both HTML modes.
    @Test(arguments: [false, true])
    func theSeedArticlesBuildAsAHandbook(unsafeHTML: Bool) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "../SiyuContentTests/Fixtures/seeds/playbooks").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let playbooks = try PlaybookLoader(options: .init(unsafeHTML: unsafeHTML)).load(try names.map {
            PlaybookSource(relativePath: $0, displayPath: "Content/playbooks/\($0)",
                           text: try String(contentsOf: folder.appending(path: $0), encoding: .utf8))
        })
        var context = try Self.context([:])
        context.playbooks = playbooks
        let pages = try SiteRenderer(templates: .builtIn).render(context).mapValues { String(decoding: $0, as: UTF8.self) }
        let article = try #require(pages["playbooks/000_804f337a4e7ef489.html"])
        #expect(article.contains("<h1>两千字讲清楚如何做私域流量？</h1>"))
        #expect(article.contains("<dt>更新于</dt><dd>2021-09-24</dd>"))
        #expect(article.contains("<dt>负责人</dt><dd>鸟哥笔记</dd>"))
        #expect(pages["playbooks/003_71a1a8e3905e74a7.html"]?.contains("<h1>003_71a1a8e3905e74a7</h1>") == true)
        let section = try #require(pages["playbooks/section-新媒体/index.html"])
        #expect(section.contains("<h1>新媒体</h1>"))
        #expect(section.contains("本章 4 篇"))
        #expect(pages["playbooks/print.html"]?.contains("id=\"pb-004_073833b75f0e43fe\"") == true)
        #expect(unsafeHTML == (article.contains("<p label=\"正文\"")))
    }

    /// The sidebar rendered once per shape (HandbookSidebar), the frame once per root (LayoutFrames) and playbook
    /// pages written in Swift (PlaybookPage+HTML) give the same bytes as rendering all three through Mustache for
    /// every page, which is what a project's own templates get.
    /// A leading comment makes the templates count as overridden without changing what they write.
    @Test(arguments: [false, true])
    func reusedSidebarsAndFramesMatchRenderingEveryPage(big: Bool) throws {
        var files = Self.handbook
        if big {
            for index in 0..<240 {
                files["\(["a/x", "a/y", "b"][index % 3])/p\(index).md"] = "---\ntitle: 第 \(index) 篇 <&'\">\norder: \(index)\n---\n正文"
            }
        }
        let context = try Self.context(files)
        var overrides: [String: [UInt8]] = [:]
        for name in HandbookSidebar.templates + HandbookSectionPage.templates
            + ["layout.mustache", PlaybookPage.template, HandbookPrintPage.template] + HandbookIndexPage.templates + SearchPage.templates {
            overrides[name] = Array("{{!same output}}".utf8) + (TemplateSet.builtIn.files[name] ?? [])
        }
        let reused = try SiteRenderer(templates: .builtIn).render(context)
        let everyPage = try SiteRenderer(templates: TemplateSet.builtIn.overriding(with: overrides)).render(context)
        #expect(reused.keys.sorted() == everyPage.keys.sorted())
        for (path, bytes) in everyPage {
            #expect(reused[path] == bytes, "\(path)")
        }
        #expect(String(decoding: try #require(reused["playbooks/sop/welcome.html"]), as: UTF8.self)
            .contains("href=\"../../playbooks/sop/welcome.html\" aria-current=\"page\""))
    }

    @Test func demotingHeadingsLeavesOtherTagsAlone() {
        #expect(HandbookPrintPage.demoteHeadings("<h2 id=\"a\">A</h2><hr /><header><h6>x</h6><head>", by: 2)
                == "<h4 id=\"a\">A</h4><hr /><header><h6>x</h6><head>")
        #expect(HandbookPrintPage.demoteHeadings("中文<h1>标题</h1>\n<p>a<b</p><h3 class=\"x\">é</h3><h", by: 1)
                == "中文<h2>标题</h2>\n<p>a<b</p><h4 class=\"x\">é</h4><h")
        #expect(HandbookPrintPage.demoteHeadings("no tags", by: 2) == "no tags")
    }
}
