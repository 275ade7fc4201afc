import SiyuCore

/// The built-in `Templates/playbook.mustache`, written out in Swift: the same bytes, without Mustache.
///
/// Why: a playbook page is the one page a big handbook has thousands of. Through swift-mustache each costs about
/// 150 name lookups (each a chain of dynamic casts) plus flattening the model by reflection: 0.7 ms a page, 10 s of
/// CPU at N=10,000, the biggest single cost of the build. This function takes about 20 µs.
///
/// Only used while `playbook.mustache` is the built-in one; a project's own template goes through Mustache as
/// before. `HandbookPagesTests.reusedSidebarsAndFramesMatchRenderingEveryPage` renders every page both ways and
/// requires the same bytes, so a change to the template that is not made here too fails the tests.
/// Text is escaped with `HTMLEscaping.escape`, the same five characters Mustache's `{{ }}` escapes.
extension PlaybookPage {
    static let template = "playbook.mustache"

    func html() -> String {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        let root = e(self.root)
        var out = ""
        out.reserveCapacity(body.utf8.count + sidebarHTML.utf8.count + 4096)
        out += "<div class=\"handbook\(hasTOC ? " has-toc" : "")\">\n"
        // Big parts appended on their own, never copied into a temporary first.
        out += "  "
        out += sidebarHTML
        out += "\n"
        out += "  <main id=\"main\" class=\"main article\">\n"
        out += "    <nav class=\"breadcrumbs\" aria-label=\"\(e(t.breadcrumbs))\">\n"
        out += "      <ol>"
        for crumb in breadcrumbs {
            out += "<li>"
            out += crumb.hasHref ? "<a href=\"\(root)\(e(crumb.href))\">\(e(crumb.title))</a>" : "<span>\(e(crumb.title))</span>"
            out += "</li>"
        }
        out += "</ol>\n"
        out += "    </nav>\n"
        out += "    <header class=\"article-header\">\n"
        out += "      <h1\(hasTitleAnchor ? " id=\"\(e(titleAnchor))\"" : "")>\(e(title))</h1>\n"
        out += "      " + (summary.map { "<p class=\"lede\">\(e($0))</p>" } ?? "") + "\n"
        out += "      "
        if hasMeta {
            out += "<dl class=\"meta\">"
            for item in meta {
                out += "<div class=\"meta-item meta-\(e(item.kind))\"><dt>\(e(item.label))</dt><dd>\(e(item.value))</dd></div>"
            }
            out += "</dl>"
        }
        out += "\n"
        out += "    </header>\n"
        if hasAlerts {
            out += "    <aside class=\"callout callout-alert\" aria-label=\"\(e(t.runNow))\">\n"
            out += "      <p class=\"callout-title\">\(e(t.runNow))</p>\n"
            out += "      <ul>"
            for alert in alerts {
                out += "<li><a href=\"\(root)\(e(alert.href))\">\(e(alert.name))</a> <strong>\(e(alert.value))</strong> · "
                    + "\(e(alert.statusText))</li>"
            }
            out += "</ul>\n"
            out += "    </aside>\n"
        }
        if hasKPIs {
            out += "    <section class=\"kpi-panel\" aria-label=\"\(e(t.relatedKPIs))\">\n"
            out += "      <p class=\"kpi-panel-title\">\(e(t.relatedKPIs))</p>\n"
            out += "      <ul class=\"kpi-strip\">\n"
            out += "        "
            for chip in kpis {
                out += "<li><a class=\"kpi-chip\(chip.breached ? " breached" : "")\" href=\"\(root)\(e(chip.href))\">"
                chip.appendContent(to: &out, offTarget: t.offTarget)
                out += "</a></li>"
            }
            out += "\n"
            out += "      </ul>\n"
            out += "    </section>\n"
        }
        let tocItems = toc.map { "<li class=\"toc-l\($0.level)\"><a href=\"#\(e($0.anchor))\">\(e($0.text))</a></li>" }.joined()
        if hasTOC {
            out += "    <details class=\"toc toc-inline\">\n"
            out += "      <summary>\(e(t.contents))</summary>\n"
            out += "      <ol>" + tocItems + "</ol>\n"
            out += "    </details>\n"
        }
        out += "    <article class=\"prose\">\n"
        out += body
        out += "\n"
        out += "    </article>\n"
        out += "    " + (hasChecklist ? "<p class=\"checklist-hint muted\">\(e(t.checklistHint))</p>" : "") + "\n"
        out += "    <p class=\"article-tools\"><a href=\"\(root)\(e(printHref))\">\(e(t.printHandbook))</a></p>\n"
        out += "    <nav class=\"pager\" aria-label=\"\(e(t.pager))\">\n"
        out += "      "
        if let previous {
            out += "<a class=\"pager-prev\" href=\"\(root)\(e(previous.href))\" rel=\"prev\"><span class=\"pager-label\">← "
                + "\(e(t.previousPage))</span><span class=\"pager-title\">\(e(previous.title))</span></a>"
        }
        out += "\n"
        out += "      "
        if let next {
            out += "<a class=\"pager-next\" href=\"\(root)\(e(next.href))\" rel=\"next\"><span class=\"pager-label\">"
                + "\(e(t.nextPage)) →</span><span class=\"pager-title\">\(e(next.title))</span></a>"
        }
        out += "\n"
        out += "    </nav>\n"
        out += "  </main>\n"
        if hasTOC {
            out += "  <aside class=\"toc toc-side\" aria-label=\"\(e(t.contents))\">\n"
            out += "    <p class=\"toc-title\">\(e(t.contents))</p>\n"
            out += "    <ol>" + tocItems + "</ol>\n"
            out += "  </aside>\n"
        }
        out += "</div>\n"
        out += "<script src=\"\(root)assets/handbook.js\"></script>\n"
        return out
    }
}
