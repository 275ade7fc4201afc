import Testing
@testable import SiyuContent

/// `MarkdownRenderer` derives the document with `alternateLink`'s URLs (the print edition's) from the page's HTML
/// instead of rendering it again: the result must be the HTML a rendering with those URLs gives, whatever the
/// links look like — images, links inside an image's description (not shown), autolinks, titles, URLs cmark
/// escapes or empties, raw HTML (kept or omitted) holding look-alike links.
@Suite struct AlternateLinksTests {
    static let documents = [
        "见 [复购](repurchase.md#时机)、[上面](#第一步)、[外部](https://example.com)。\n\n## 第一步",
        "![图 [内链](a.md#x) 说明](img/a.png \"标题 \\\"引号\\\"\") 然后 [a](a.md) 和 [a 同址外链](a.html)\n\n[b](a.md#x)",
        "自动链接 https://example.com/a?b=1&c='2' 与 <https://example.com/<x>> 及 [t](b.md \"title & 'q'\")",
        "- [ ] [任务](c.md#第二步)\n- [x] 完成\n\n| 表 | [格](d.md) |\n|---|---|\n| [x](e.md#%E6%97%B6) | ![i](f.png) |",
        "<a href=\"a.md\">原样</a> [真](a.md) <img src=\"g.png\"> [危险](javascript:alert(1)) [空]()",
        "`[代码](a.md)` 与\n\n    [缩进代码](a.md)\n\n[引用式][r] 和 [r]\n\n[r]: a.md#锚 \"t\"",
        "没有链接的页面。",
        "[同页](#锚点) [[嵌套]](a.md) [带空格](<a b.md>) [百分号](a%20b.md#c%20d) [查询](a.md?x=1#y)",
    ]

    static func page(_ link: MarkdownRenderer.Link) -> String? {
        link.url.hasSuffix(".md") || link.url.contains(".md#") ? link.url.replacingOccurrences(of: ".md", with: ".html") : nil
    }

    static func print(_ link: MarkdownRenderer.Link) -> String? {
        if link.url.hasPrefix("#") { return "#pb-页:" + link.url.dropFirst() }
        return link.url.contains(".md") ? "#pb-" + link.url.replacingOccurrences(of: ".md", with: "") + "'&\"<>" : nil
    }

    @Test(arguments: documents, [false, true])
    func theDerivedHTMLIsWhatRenderingTheOtherURLsGives(markdown: String, unsafeHTML: Bool) {
        let renderer = MarkdownRenderer(options: .init(unsafeHTML: unsafeHTML))
        let both = renderer.render(markdown, rewriteLink: Self.page, alternateLink: Self.print)
        #expect(both.html == renderer.render(markdown, rewriteLink: Self.page).html)
        #expect(both.alternateHTML == renderer.render(markdown, rewriteLink: { Self.print($0) ?? $0.url }).html)
        // With the checklist markup done once, on the page's version, before the other is made from it.
        let finished = renderer.render(markdown, rewriteLink: Self.page, alternateLink: Self.print, finish: ChecklistMarkup.apply)
        #expect(finished.html == ChecklistMarkup.apply(both.html))
        #expect(finished.alternateHTML == both.alternateHTML.map(ChecklistMarkup.apply))
    }

    @Test func attributesAreFoundInOrderAndOnlyWhereExpected() {
        let html = "<p><a href=\"a\">x</a> &lt;a href=&quot;no&quot; <img src=\"b\" alt=\"c\" /><a href=\"\"></a></p>\n"
        #expect(LinkAttributes.replacing(in: html, kinds: [false, true, false], values: [0: "A", 2: "C"])
                == "<p><a href=\"A\">x</a> &lt;a href=&quot;no&quot; <img src=\"b\" alt=\"c\" /><a href=\"C\"></a></p>\n")
        #expect(LinkAttributes.replacing(in: html, kinds: [false, false, false], values: [:]) == nil)
        #expect(LinkAttributes.replacing(in: html, kinds: [false, true], values: [:]) == nil)
        #expect(LinkAttributes.values(in: "<p><a href=\"x%20y\"></a><a href=\"&amp;\"></a></p>", count: 2) == ["x%20y", "&amp;"])
        #expect(LinkAttributes.replacing(in: "<a href=\"unterminated", kinds: [false], values: [0: "x"]) == nil)
    }
}
