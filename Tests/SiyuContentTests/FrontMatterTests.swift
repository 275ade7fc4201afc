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
