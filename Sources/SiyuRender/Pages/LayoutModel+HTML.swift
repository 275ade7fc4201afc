/// The built-in `Templates/layout.mustache`, written out in Swift: the same bytes, without Mustache. Every page's
/// frame; only used while the layout is the built-in one. Parity: `DashboardHTMLTests`, `HandbookPagesTests`.
extension LayoutModel {
    static let template = "layout.mustache"

    func html() -> String {
        var out = TemplateOutput(capacity: content.utf8.count + 4096)
        out.text("<!DOCTYPE html>\n<html lang=\"")
        out.escaped(lang)
        out.text("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.text("<meta name=\"generator\" content=\"Siyu\">\n<title>")
        out.escaped(title)
        out.text(" · ")
        out.escaped(siteTitle)
        out.text("</title>\n<link rel=\"stylesheet\" href=\"")
        out.escaped(root)
        out.text("assets/siyu.css\">\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">")
        out.escaped(t.skipToContent)
        out.text("</a>\n<header class=\"topbar\">\n  <a class=\"brand\" href=\"")
        out.escaped(root)
        out.text("index.html\"><span class=\"brand-mark\" aria-hidden=\"true\">私</span>")
        out.escaped(siteTitle)
        out.text("</a>\n  <nav class=\"topnav\" aria-label=\"")
        out.escaped(t.mainNavigation)
        out.text("\">\n    ")
        out.each(nav) { out, item in
            out.text("<a href=\"")
            out.escaped(root)
            out.escaped(item.href)
            out.text("\"")
            out.section(item.current) { $0.text(" aria-current=\"page\"") }
            out.text(">")
            out.escaped(item.label)
            out.text("</a>")
        }
        out.text("\n  </nav>\n  <form class=\"site-search\" role=\"search\" action=\"")
        out.escaped(root)
        out.text("search.html\" method=\"get\" data-root=\"")
        out.escaped(root)
        out.text("\"\n        data-none=\"")
        out.escaped(t.searchNone)
        out.text("\" data-loading=\"")
        out.escaped(t.searchLoading)
        out.text("\" data-count=\"")
        out.escaped(t.searchCount)
        out.text("\">\n    <label class=\"visually-hidden\" for=\"site-search-input\">")
        out.escaped(t.search)
        out.text("</label>\n    <svg class=\"site-search-icon\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><circle cx=\"8.5\" cy=\"8.5\" r=\"5.5\"/>"
                 + "<path d=\"m13 13 4 4\"/></svg>\n")
        out.text("    <input id=\"site-search-input\" class=\"site-search-input\" type=\"search\" name=\"q\" placeholder=\"")
        out.escaped(t.searchPlaceholder)
        out.text("\"\n           autocomplete=\"off\" spellcheck=\"false\" aria-keyshortcuts=\"/ Control+K\" title=\"")
        out.escaped(t.searchShortcut)
        out.text("\">\n    <kbd class=\"site-search-key\" aria-hidden=\"true\">/</kbd>\n  </form>\n  <span class=\"period-chip\" title=\"")
        out.escaped(t.reportPeriod)
        out.text("\">")
        out.escaped(periodLabel)
        out.text("</span>\n</header>\n<div class=\"page\">\n")
        out.raw(content)
        out.text("\n</div>\n<footer class=\"footer\">\n  <p>")
        out.escaped(footer)
        out.text("</p>\n</footer>\n<script src=\"")
        out.escaped(root)
        out.text("assets/siyu.js\"></script>\n<script src=\"")
        out.escaped(root)
        out.text("assets/search.js\"></script>\n</body>\n</html>\n")
        return out.text
    }
}
