import SiyuCore
import Testing
@testable import SiyuContent

/// Checklists, titles from `# Title`, folder landing pages, drafts, the print edition and search sections.
@Suite struct PlaybookPagesTests {
    func load(_ files: [String: String]) throws(DiagnosticList) -> [Playbook] {
        try PlaybookLoader().load(files.map {
            PlaybookSource(relativePath: $0.key, displayPath: "Content/playbooks/\($0.key)", text: $0.value)
        })
    }

    @Test func taskListsBecomeLabelledChecklists() throws {
        let page = try #require(try load(["sop.md": """
        - [ ] 发欢迎语 **当天**
        - [x] 打标签
          - [ ] 子项

        1. [ ] 有序

        - [ ] 松散

        - [x] 第二项

          补充说明
        """]).first)
        #expect(page.html.contains("<ul class=\"checklist\">\n<li class=\"task\"><label class=\"task-label\"><input type=\"checkbox\" class=\"task-box\" /> <span class=\"task-text\">发欢迎语 <strong>当天</strong></span></label></li>"))
        #expect(page.html.contains("<input type=\"checkbox\" class=\"task-box\" checked=\"\" /> <span class=\"task-text\">打标签</span></label>\n<ul class=\"checklist\">"))
        #expect(page.html.contains("<ol class=\"checklist\">"))
        #expect(page.html.contains("<li class=\"task\">\n<p><label class=\"task-label\"><input type=\"checkbox\" class=\"task-box\" /> <span class=\"task-text\">松散</span></label></p>"))
        #expect(!page.html.contains("disabled"))
        // Ordinary lists stay as they are.
        let plain = try #require(try load(["a.md": "- 一\n- 二"]).first)
        #expect(plain.html == "<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n")
    }

    @Test func aLeadingH1WithoutFrontMatterTitleBecomesThePageTitle() throws {
        let page = try #require(try load(["sop/a.md": "# 复购活动\n\n正文\n\n## 第一步"]).first)
        #expect(page.title == "复购活动")
        #expect(page.titleAnchor == "复购活动")
        #expect(!page.html.contains("<h1"))
        #expect(page.html.hasPrefix("<p>正文</p>"))
        // With a title in front matter the body keeps its h1.
        let titled = try #require(try load(["b.md": "---\ntitle: 别的\n---\n# 复购活动"]).first)
        #expect(titled.title == "别的")
        #expect(titled.html.contains("<h1 id=\"复购活动\">"))
    }

    @Test func folderLandingPagesAndDuplicatePaths() throws {
        let pages = try load(["sop/_index.md": "---\ntitle: SOP\n---\n见 [欢迎](welcome.md)", "sop/welcome.md": "见 [总览](_index.md)",
                              "index.md": "# 手册"])
        let landing = try #require(pages.first { $0.slug == "sop/_index" })
        #expect(landing.outputPath == "playbooks/sop/index.html")
        #expect(landing.isFolderLanding)
        #expect(pages.first { $0.slug == "index" }?.outputPath == "playbooks/index.html")
        #expect(pages.first { $0.slug == "sop/welcome" }?.html.contains("href=\"index.html\"") == true)
        do {
            _ = try load(["sop/index.md": "x", "sop/_index.md": "y"])
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.message.contains("would both become playbooks/sop/index.html") == true)
        }
    }

    @Test func draftsAreNotPublishedSoLinksToThemAreErrors() {
        do {
            _ = try load(["a.md": "正文\n\n[草稿](b.md)", "b.md": "---\ndraft: true\n---\n{{< nonsense >}}"])
            Issue.record("expected an error")
        } catch {
            // The draft's own problems do not count: it is never rendered.
            #expect(error.diagnostics.map(\.location.description) == ["Content/playbooks/a.md:3:1"])
            #expect(error.diagnostics.first?.hint?.contains("drafts") == true)
        }
    }

    @Test func thePrintEditionPrefixesIdsAndPointsLinksInsideThePage() throws {
        let pages = try load([
            "sop/welcome.md": "## 第一步\n\n见 [复购](repurchase.md#时机)、[上面](#第一步)、[外部](https://example.com)。",
            "sop/repurchase.md": "## 时机",
        ])
        let welcome = try #require(pages.first { $0.slug == "sop/welcome" })
        #expect(welcome.printID == "pb-sop/welcome")
        #expect(welcome.printHTML.contains("<h2 id=\"pb-sop/welcome:第一步\">"))
        #expect(welcome.printHTML.contains("href=\"#pb-sop/repurchase:%E6%97%B6%E6%9C%BA\""))
        #expect(welcome.printHTML.contains("href=\"#pb-sop/welcome:%E7%AC%AC%E4%B8%80%E6%AD%A5\""))
        #expect(welcome.printHTML.contains("href=\"https://example.com\""))
        #expect(welcome.html.contains("<h2 id=\"第一步\">"))
    }

    @Test func sectionsSplitTheTextAtHeadingsForSearch() throws {
        let page = try #require(try load(["a.md": "引言 **加粗**\n\n## 一、目标\n\n正文一\n\n### 细节\n\n正文二\n\n- 列表项"]).first)
        #expect(page.sections.map { $0.heading?.anchor } == [nil, "一目标", "细节"])
        #expect(page.sections.map { $0.text.trimmingCharacters(in: .whitespaces) } == ["引言 加粗", "正文一", "正文二 列表项"])
        #expect(page.text.contains("一、目标"))
    }

    @Test func linksAreRewrittenAcrossFoldersWithPercentEncodedPaths() throws {
        let pages = try load([
            "sop/daily/welcome.md": "[目标](../../strategy/goals.md) [复购](../repurchase.md) [中文](../%E5%A4%8D%E8%B4%AD.md)",
            "sop/repurchase.md": "x", "strategy/goals.md": "y", "sop/复购.md": "z",
        ])
        let welcome = try #require(pages.first { $0.slug == "sop/daily/welcome" })
        #expect(welcome.html.contains("href=\"../../strategy/goals.html\""))
        #expect(welcome.html.contains("href=\"../repurchase.html\""))
        #expect(welcome.html.contains("href=\"../%E5%A4%8D%E8%B4%AD.html\""))
    }

    @Test(arguments: [
        ("[x](../../outside.md)", "link to a missing playbook: ../../outside.md"),
        ("[x](nope.md#a)", "link to a missing playbook: nope.md#a"),
        ("[x](#不存在)", "no heading with anchor #不存在 in a.md"),
        ("[x](b.md#%E4%B8%8D)", "no heading with anchor #不 in b.md"),
    ])
    func linkErrorsNameTheTarget(_ markdown: String, _ message: String) {
        do {
            _ = try load(["a.md": "## 有\n\n" + markdown, "b.md": "## 有"])
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.message == message)
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.location.description == "Content/playbooks/a.md:3:1")
        }
    }

    @Test func shortcodeErrorsAreAtTheirFileLineAndColumn() {
        do {
            _ = try load(["a.md": "---\ntitle: A\n---\n\n文字 {{< kpi >}}"])
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.location.description == "Content/playbooks/a.md:5:4")
            #expect(error.diagnostics.first?.message == "shortcode kpi needs exactly one id")
        }
        do {
            _ = try load(["a.md": "\n{{< video intro >}}"])
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.location.description == "Content/playbooks/a.md:2:1")
            #expect(error.diagnostics.first?.message == "unknown shortcode \"video\"")
        }
    }
}

@Suite struct SlugTests {
    @Test(arguments: [
        ("复购 SOP：第一步", "复购-sop第一步"), ("Hello, World!", "hello-world"), ("！！", "section"),
        ("第 0 分钟（包裹卡渠道）", "第-0-分钟包裹卡渠道"), ("  K 系数  ", "k-系数"), ("A/B 测试", "ab-测试"),
        ("Day 3 — 回访", "day-3-回访"), ("5A 人群", "5a-人群"), ("ＦＵＬＬ　ｗｉｄｔｈ", "ｆｕｌｌ-ｗｉｄｔｈ"), ("🚀 上线", "上线"),
    ])
    func slugs(_ text: String, _ slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func repeatsGetNumberedLikeGitHub() {
        #expect(Slug.unique(["话术", "话术", "话术-1", "话术"]) == ["话术", "话术-1", "话术-1-1", "话术-2"])
    }

    @Test func anchorsAreStableAcrossBuilds() throws {
        let source = PlaybookSource(relativePath: "a.md", displayPath: "a.md", text: "## 一\n## 二\n## 一")
        let first = try PlaybookLoader().load([source]).first?.headings.map(\.anchor)
        let second = try PlaybookLoader().load([source]).first?.headings.map(\.anchor)
        #expect(first == ["一", "二", "一-1"])
        #expect(first == second)
    }
}
