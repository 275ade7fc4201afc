/// The built-in `Templates/search.mustache`, written out in Swift: the same bytes, without Mustache.
/// Parity: `HandbookPagesTests.reusedSidebarsAndFramesMatchRenderingEveryPage`.
extension SearchPage: SwiftRenderedPage {
    static let templates = ["search.mustache"]

    func html() -> String {
        var out = TemplateOutput(capacity: 2048)
        out.text("<main id=\"main\" class=\"main search-main\">\n  <header class=\"page-header\">\n    <p class=\"eyebrow\">")
        out.escaped(t.search)
        out.text("</p>\n    <h1>")
        out.escaped(t.searchResults)
        out.text("</h1>\n  </header>\n  <form class=\"search-page-form\" role=\"search\" action=\"search.html\" method=\"get\">\n")
        out.text("    <label class=\"visually-hidden\" for=\"search-page-input\">")
        out.escaped(t.search)
        out.text("</label>\n    <input id=\"search-page-input\" class=\"search-page-input\" type=\"search\" name=\"q\" placeholder=\"")
        out.escaped(t.searchPlaceholder)
        out.text("\"\n           autocomplete=\"off\" spellcheck=\"false\">\n    <button type=\"submit\" class=\"button\">")
        out.escaped(t.search)
        out.text("</button>\n  </form>\n  <p class=\"search-help\">")
        out.escaped(t.searchHelp)
        out.text("</p>\n  <p id=\"search-page-status\" class=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n")
        out.text("  <ol id=\"search-page-results\" class=\"search-results\"></ol>\n  <noscript><p class=\"callout\">")
        out.escaped(t.searchNeedsScript)
        out.text("</p></noscript>\n</main>\n")
        return out.text
    }
}
