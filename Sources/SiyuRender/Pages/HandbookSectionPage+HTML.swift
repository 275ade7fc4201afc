import SiyuCore

/// The built-in `Templates/handbook-section.mustache` (with its `handbook-card` partial), written out in Swift:
/// the same bytes, without Mustache. A section page of a 10,000-playbook handbook holds a hundred cards; through
/// swift-mustache, with its model flattened by reflection, the hundred section pages took about 1 s of CPU.
///
/// Only used while both templates are the built-in ones; a project's own go through Mustache as before.
/// `HandbookPagesTests.reusedSidebarsAndFramesMatchRenderingEveryPage` renders every page both ways and requires
/// the same bytes. Text is escaped with `HTMLEscaping.escape`, the five characters Mustache's `{{ }}` escapes.
extension HandbookSectionPage {
    static let templates = ["handbook-section.mustache", HandbookCard.template]

    func html() -> String {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        let root = e(self.root)
        var out = ""
        out.reserveCapacity(sidebarHTML.utf8.count + introHTML.utf8.count + groups.reduce(4096) { $0 + $1.cards.count * 1024 })
        out += "<div class=\"handbook\">\n"
        out += "  "
        out += sidebarHTML
        out += "\n"
        out += "  <main id=\"main\" class=\"main article article-wide\">\n"
        out += "    <nav class=\"breadcrumbs\" aria-label=\"\(e(t.breadcrumbs))\">\n"
        out += "      <ol>"
        for crumb in breadcrumbs { out += "<li><a href=\"\(root)\(e(crumb.href))\">\(e(crumb.title))</a></li>" }
        out += "</ol>\n"
        out += "    </nav>\n"
        out += "    <header class=\"page-header\">\n"
        out += "      <h1>\(e(title))</h1>\n"
        out += "      " + (hasSummary ? "<p class=\"lede\">\(e(summary))</p>" : "") + "\n"
        out += "    </header>\n"
        if hasKPIs {
            out += "    <section class=\"kpi-panel\" aria-label=\"\(e(t.landingKPIs))\">\n"
            out += "      <p class=\"kpi-panel-title\">\(e(t.landingKPIs))</p>\n"
            out += "      <ul class=\"kpi-strip\">\n"
            out += "        "
            for chip in kpis {
                out += "<li><a class=\"kpi-chip\(chip.breached ? " breached" : "")\" href=\"\(root)\(e(chip.href))\">"
                chip.appendContent(to: &out)
                out += "</a></li>"
            }
            out += "\n"
            out += "      </ul>\n"
            out += "    </section>\n"
        }
        out += "    " + (hasIntroHTML ? "<div class=\"prose handbook-section-intro\">\(introHTML)</div>" : "") + "\n"
        out += "    <h2 class=\"visually-hidden\">\(e(t.sectionPages))</h2>\n"
        for group in groups {
            out += "    " + (group.hasTitle ? "<h3 class=\"group-title\" id=\"\(e(group.id))\">\(e(group.title))</h3>" : "") + "\n"
            out += "    <ul class=\"page-cards\">\n"
            out += "      "
            for card in group.cards { card.html(root: root, showKPIs: showKPIs, t: t, into: &out) }
            out += "\n"
            out += "    </ul>\n"
        }
        out += "  </main>\n"
        out += "</div>\n"
        out += "<script src=\"\(root)assets/handbook.js\"></script>\n"
        return out
    }
}
