import SiyuCore
import Testing
@testable import SiyuContent

@Suite struct FrontMatterTests {
    @Test func siyuKeys() throws {
        let source = """
        ---
        title: 新客欢迎流程
        section: SOP
        order: 2
        kpis: [early_loss_rate, first_purchase_7d]
        owner: 私域运营
        cadence: daily
        updated: 2025-11-20
        summary: 前七天怎么接待新客
        custom_key: kept
        ---
        ## 第一步
        """
        let (front, body, line) = try FrontMatter.split(source, file: "p.md")
        #expect(front.title == "新客欢迎流程")
        #expect(front.section == "SOP")
        #expect(front.order == 2)
        #expect(front.kpis == ["early_loss_rate", "first_purchase_7d"])
        #expect(front.cadence == "daily")
        #expect(front.updated == "2025-11-20")
        #expect(front.extra["custom_key"] == "kept")
        #expect(body == "## 第一步")
        #expect(line == 12)
    }

    @Test func hexoKeysAndRFC2822Dates() throws {
        let source = "---\ntitle: '两千字讲清楚'\ncategories: \n - 新媒体\n - 首页\ndate: Fri, 24 Sep 2021 09:29:30 GMT\nweight: 5\n---\n正文"
        let (front, _, _) = try FrontMatter.split(source, file: "seed.md")
        #expect(front.title == "两千字讲清楚")
        #expect(front.categories == ["新媒体", "首页"])
        #expect(front.updated == "2021-09-24")
        #expect(front.order == 5)
    }

    @Test func noFrontMatter() throws {
        let (front, body, line) = try FrontMatter.split("# 标题\n正文", file: "x.md")
        #expect(front.title == nil)
        #expect(body == "# 标题\n正文")
        #expect(line == 1)
    }

    @Test func brokenYAMLIsLocatedInTheFile() {
        do {
            _ = try FrontMatter.split("---\ntitle: ok\nkpis: [a, b\nowner: x\n---\nbody", file: "bad.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.file == "bad.md")
            #expect(error.location.line >= 3)
        }
    }

    @Test func unclosedFrontMatterAndBadValues() {
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ntitle: x\n", file: "a.md") }
        do {
            _ = try FrontMatter.split("---\ntitle: x\norder: first\n---\n", file: "a.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.line == 3)
            #expect(error.message.contains("order"))
        }
    }
}

@Suite struct FrontMatterVariantTests {
    @Test func blankLinesBeforeTheOpeningDashesAreAllowed() throws {
        let (front, body, line) = try FrontMatter.split("\n\n---\ntitle: 导入\n---\n正文", file: "x.md")
        #expect(front.title == "导入")
        #expect(body == "正文")
        #expect(line == 6)
    }

    @Test func siyuKeysWinOverTheirSynonymsInAnyOrder() throws {
        let source = """
        ---
        weight: 9
        order: 2
        lastmod: 2025-11-21
        date: 2021-01-01
        updated: 2025-11-22
        author: 作者
        owner: 负责人
        description: 描述
        summary: 摘要
        ---
        """
        let (front, _, _) = try FrontMatter.split(source, file: "x.md")
        #expect(front.order == 2)
        #expect(front.updated == "2025-11-22")
        #expect(front.owner == "负责人")
        #expect(front.summary == "摘要")
        let (hugo, _, _) = try FrontMatter.split("---\ndate: 2021-01-01\nlastmod: 2025-11-21T10:00:00+08:00\nweight: 4\n---\n", file: "h.md")
        #expect(hugo.updated == "2025-11-21")
        #expect(hugo.order == 4)
    }

    @Test func jekyllPublishedFalseIsADraft() throws {
        #expect(try FrontMatter.split("---\npublished: false\n---\n", file: "j.md").0.draft)
        #expect(try !FrontMatter.split("---\npublished: yes\n---\n", file: "j.md").0.draft)
    }

    @Test func categoriesTagsAndKPIsInEveryListForm() throws {
        let (front, _, _) = try FrontMatter.split("""
        ---
        categories: [[运营, 私域], 笔记]
        tags: 复购, SOP，社群
        kpis: repurchase_rate
        comments: false
        ---
        """, file: "c.md")
        #expect(front.categories == ["运营", "私域", "笔记"])
        #expect(front.tags == ["复购", "SOP", "社群"])
        #expect(front.kpis == ["repurchase_rate"])
        #expect(front.extra["comments"] == "false")
    }

    @Test(arguments: [
        ("2025-11-20", "2025-11-20"), ("2025-11-20T10:00:00+08:00", "2025-11-20"), ("2025-11-20 10:00:00", "2025-11-20"),
        ("2025/11/3", "2025-11-03"), ("Fri, 24 Sep 2021 09:29:30 GMT", "2021-09-24"), ("24 Sep 2021 09:29 +0800", "2021-09-24"),
        ("Mon, 26 Apr 2021 00:00:00 GMT", "2021-04-26"), ("2024-02-29", "2024-02-29"),
    ])
    func dates(_ text: String, _ day: String) {
        #expect(ContentDate.isoDay(text) == day)
    }

    @Test(arguments: ["2025-02-30", "2025-13-01", "next week", "Fri, 31 Feb 2021 00:00:00 GMT", "2023-02-29"])
    func impossibleDatesAreRefused(_ text: String) {
        #expect(ContentDate.isoDay(text) == nil)
    }

    @Test func aBadValueIsAnErrorAtItsLineAndColumn() {
        do {
            _ = try FrontMatter.split("\n---\ntitle: x\nupdated:   2025-02-30\n---\n", file: "d.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.description == "d.md:4:12")
            #expect(error.message.contains("not a date"))
        }
    }

    @Test func brokenYAMLReportsTheFileLineAndColumn() {
        do {
            _ = try FrontMatter.split("---\ntitle: \"unclosed\nowner: x\n---\n", file: "q.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.file == "q.md")
            #expect(error.location.line >= 2)
            #expect(error.location.column > 0)
            #expect(error.description.hasPrefix("q.md:\(error.location.line):\(error.location.column): error: invalid YAML"))
        }
    }

    /// Simple front matter is read without libyaml (FrontMatterEntries); whatever it accepts must come out exactly
    /// as libyaml reads it: the same fields, the same key locations, the same errors.
    @Test func theShortcutReadsWhatYAMLReads() {
        func outcome(_ yaml: String, shortcut: Bool) -> Result<FrontMatter, Diagnostic> {
            Result { () throws(Diagnostic) in try FrontMatter.parse(yaml, file: "p.md", firstLine: 2, shortcut: shortcut) }
        }
        var corpus = [
            "title: 新客欢迎 操作手册 301\nsection: 复购提醒 04\norder: 1\nkpis: [repurchase_rate, loss_rate]\nowner: 私域运营\n"
                + "cadence: weekly\nupdated: 2025-11-10\nsummary: review the funnel every Monday，复购率 test one variable。",
            "title: a\n\nweight: 3\norder: 2\ncategories: []\ntags: [ ]\nlastmod: 2025-11-20 10:00:00\ndate: 2025-01-02",
            "title: x\ntitle: y", "order: first", "cadence: hourly", "draft: yes\npublished: no", "published: maybe",
            "kpis: pool_new, loss_rate，repurchase_rate", "kpis: [a, , b]", "kpis: [a, b,]", "kpis: [a, [b, c]]",
            "title: a: b", "title: a:b", "title: a #b", "title: a#b", "title: 'quoted'", "title: \"quoted\"", "title: |",
            "title: >", "title: -1", "title: - a", "title: ~", "title: null", "title: true", "title: 0x1F", "title: [a]",
            "title: {a: b}", "title: a, b [c] {d}", "title:  two spaces  ", "title:\ttab", "title: a\tb", "title:",
            "title: a\n  continued", "# comment\ntitle: a", "title: a # comment", "author: x\nowner: y", "x-y: 1",
            "_key: v", "1key: v", "title : a", " title: a", "title: a\r", "title: 不：冒号 , 逗号", "title: *alias",
            "title: &anchor a", "title: !tag a", "title: %x", "title: @x", "title: `x`", "title: a?b", "title: ?a",
            "kpis: [a:b]", "kpis: [a b, c]", "kpis: [-a]", "kpis: [a]]", "kpis: [[a]", "updated: not a date",
            "description: d\nsummary: s", "title: \u{2028}x", "title: x\u{85}y", "title: \u{FEFF}x", "title: a\u{7F}",
            "on: 1\nyes: 2\nnull: 3", "title: 😀 emoji", "kpis: [😀, 中文]", "", "\n\n", "title: a\n- b", "- a\n- b",
        ]
        // Random lines over the characters YAML cares about, always the same ones (a fixed linear congruential seed).
        let alphabet = Array("ab中，:# []{},'\"-?&*!|>%@`\t~.") + ["\n"]
        var seed: UInt64 = 2025
        for _ in 0..<3000 {
            var value = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(Int(seed >> 60) + 1) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                value.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            corpus.append(["title", "kpis", "order", "tags", "extra"][Int(seed >> 20) % 5] + ": " + value)
            corpus.append("kpis: [" + value + "]")
        }
        var shortcuts = 0
        for yaml in corpus {
            if FrontMatterEntries.simple(yaml, firstLine: 2) != nil { shortcuts += 1 }
            #expect(outcome(yaml, shortcut: true) == outcome(yaml, shortcut: false), "\(yaml.debugDescription)")
        }
        #expect(FrontMatterEntries.simple(corpus[0], firstLine: 2) != nil)
        #expect(shortcuts > 300)
    }

    /// The trimming shortcut leaves what Foundation's trimming leaves.
    @Test(arguments: [" a ", "a", "\u{3000}值\u{3000}", "\t值", "", "  ", "a\u{301}", "\u{A0}x", "x\u{2003}", "中 文", "\n值\n"])
    func trimmingSpacesIsFoundationsTrimming(text: String) {
        #expect(FrontMatter.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces))
    }
}
