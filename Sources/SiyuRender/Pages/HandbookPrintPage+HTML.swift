import SiyuCore

/// The built-in `Templates/handbook-print.mustache`, written out in Swift: the same bytes, without Mustache.
/// The print edition holds every playbook: at N=10,000 it is an 80 MB page, and through swift-mustache (its model
/// flattened by reflection first) it alone took about 2 s of CPU, longer than all the other pages on its core.
///
/// Only used while the template is the built-in one; a project's own goes through Mustache as before.
/// `HandbookPagesTests.reusedSidebarsAndFramesMatchRenderingEveryPage` renders it both ways and requires the same
/// bytes. Text is escaped with `HTMLEscaping.escape`, the five characters Mustache's `{{ }}` escapes.
extension HandbookPrintPage {
    static let template = "handbook-print.mustache"

    func html() -> String {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        var out = ""
        out.reserveCapacity(chapters.reduce(8192) { total, chapter in
            chapter.articles.reduce(total + chapter.introHTML.utf8.count) { $0 + $1.body.utf8.count + 1024 }
        })
        out += "<main id=\"main\" class=\"main print-edition\">\n"
        out += "  <header class=\"print-cover\">\n"
        out += "    <p class=\"eyebrow\">\(e(siteTitle))</p>\n"
        out += "    <h1>\(e(heading))</h1>\n"
        out += "    <p class=\"lede\">\(e(periodText))</p>\n"
        out += "    <p class=\"print-actions\"><button type=\"button\" class=\"button\" data-print hidden>\(e(t.printNow))</button></p>\n"
        out += "  </header>\n"
        out += "  <nav class=\"print-contents\" aria-labelledby=\"print-contents-title\">\n"
        out += "    <h2 id=\"print-contents-title\">\(e(t.handbookContents))</h2>\n"
        out += "    <ol>\n"
        out += "      "
        for chapter in chapters {
            out += "<li><a href=\"#\(e(chapter.id))\">\(e(chapter.title))</a>\n"
            out += "        <ol>"
            for article in chapter.articles { out += "<li><a href=\"#\(e(article.id))\">\(e(article.title))</a></li>" }
            out += "</ol>\n"
            out += "      </li>"
        }
        out += "\n"
        out += "    </ol>\n"
        out += "  </nav>\n"
        for chapter in chapters {
            let id = e(chapter.id)
            out += "  <section class=\"print-chapter\" id=\"\(id)\" aria-labelledby=\"\(id)-title\">\n"
            out += "    <h2 class=\"print-chapter-title\" id=\"\(id)-title\"><span class=\"print-chapter-number\">\(chapter.number)</span>"
                + "\(e(chapter.title))</h2>\n"
            out += "    " + (chapter.hasIntroHTML ? "<div class=\"prose\">\(chapter.introHTML)</div>" : "") + "\n"
            for article in chapter.articles { self.article(article, into: &out) }
            out += "  </section>\n"
        }
        out += "</main>\n"
        out += "<script src=\"\(e(root))assets/handbook.js\"></script>\n"
        return out
    }

    private func article(_ article: Article, into out: inout String) {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        let id = e(article.id)
        out += "    <article class=\"print-article\" id=\"\(id)\" aria-labelledby=\"\(id)-title\">\n"
        out += "      <h3 class=\"print-article-title\" id=\"\(id)-title\">\(e(article.title))</h3>\n"
        out += "      " + (article.hasMeta ? "<p class=\"print-meta\">\(e(article.meta))</p>" : "") + "\n"
        out += "      " + (article.hasSummary ? "<p class=\"lede\">\(e(article.summary))</p>" : "") + "\n"
        out += "      "
        if article.hasKPIs {
            out += "<ul class=\"kpi-strip kpi-strip-small\">"
            for chip in article.kpis {
                out += "<li><span class=\"kpi-chip\(chip.breached ? " breached" : "")\">"
                chip.appendContent(to: &out, offTarget: t.offTarget)
                out += "</span></li>"
            }
            out += "</ul>"
        }
        out += "\n"
        out += "      <div class=\"prose\">\n"
        out += article.body
        out += "\n"
        out += "      </div>\n"
        out += "    </article>\n"
    }
}
