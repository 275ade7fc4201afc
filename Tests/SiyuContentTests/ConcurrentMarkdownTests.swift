import SiyuCore
import Testing
@testable import SiyuContent

/// Pages are rendered on every core. Debian's cmark-gfm (0.29.0.gfm.6) keeps the inline parser's extension
/// characters (`~` for strikethrough, `:` and `w` for autolinks) in one global table that each parser fills when
/// its inline pass starts and clears when it ends, so two pages parsed at once could lose each other's
/// strikethrough and links, and the same handbook rendered differently from build to build.
@Suite struct ConcurrentMarkdownTests {
    @Test func pagesRenderedTogetherKeepStrikethroughAndAutolinks() {
        let renderer = MarkdownRenderer()
        let page = (0..<40).map { "- ~~只看加粉数~~ 第\($0)条，见 https://example.com/\($0) 与 www.example.org\n" }.joined()
        let expected = renderer.render(page).html
        #expect(expected.contains("<del>只看加粉数</del>"))
        #expect(expected.contains("<a href=\"https://example.com/7\">"))
        let rendered = Parallel.map(400) { _ in renderer.render(page).html }
        #expect(rendered.filter { $0 != expected }.count == 0)
    }
}
