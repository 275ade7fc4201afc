/// The built-in `Templates/dashboard.mustache` (with its partials), written out in Swift: the same bytes, without
/// Mustache. Through swift-mustache, with the models flattened by reflection, the dashboards, `report.html` and
/// their frames were 4.3 G of the 18.6 G instructions of an S=1 build (callgrind; about 0.4 s of CPU); written
/// out in Swift they are 0.37 G.
///
/// Only used while every template involved is the built-in one; a project's own templates go through Mustache as
/// before. `DashboardHTMLTests` renders every dashboard page both ways and requires the same bytes. Text is escaped
/// with `HTMLEscaping.escape`, the five characters Mustache's `{{ }}` escapes.
extension DashboardPage: SwiftRenderedPage {
    static let templates = ["dashboard.mustache", ArchiveBanner.template, KPICardView.template] + sectionTemplates

    func html() -> String {
        var out = TemplateOutput(capacity: 64 * 1024)
        out.text("<main id=\"main\" class=\"main wide dashboard\" data-page=\"")
        out.escaped(id)
        out.text("\">\n  ")
        out.partial(standalone: "  ") { ArchiveBanner.html(archive, isArchived: isArchived, d: d, into: &$0) }
        DashboardHeader.opening(eyebrow: eyebrow, heading: heading, into: &out)
        out.escaped(intro)
        out.text("</p>\n  </header>\n  <nav class=\"page-toc\" aria-label=\"")
        out.escaped(d.onThisPage)
        out.text("\">")
        out.section(hasCards) { out in
            out.text("<a href=\"#")
            out.escaped(id)
            out.text("-kpis\">")
            out.escaped(d.kpis)
            out.text("</a>")
        }
        DashboardHeader.links(toc, into: &out)
        out.text("<a href=\"#")
        out.escaped(id)
        out.text("-downloads\">")
        out.escaped(d.downloads)
        out.text("</a></nav>\n")
        out.section(hasCards) { out in
            out.text("  <section class=\"dash-section\" id=\"")
            out.escaped(id)
            out.text("-kpis\" aria-labelledby=\"")
            out.escaped(id)
            out.text("-kpis-title\">\n    <h2 id=\"")
            out.escaped(id)
            out.text("-kpis-title\">")
            out.escaped(d.kpis)
            out.text("</h2>\n    <div class=\"cards\">")
            cardsHTML(into: &out)
            out.text("</div>\n  </section>\n")
        }
        out.text("  ")
        out.partial(standalone: "  ") { sectionsHTML(into: &$0) }
        out.text("  <section class=\"dash-section downloads\" id=\"")
        out.escaped(id)
        out.text("-downloads\" aria-labelledby=\"")
        out.escaped(id)
        out.text("-downloads-title\">\n    <h2 id=\"")
        out.escaped(id)
        out.text("-downloads-title\">")
        out.escaped(d.downloads)
        out.text("</h2>\n    <ul class=\"download-list\">")
        out.each(downloads) { out, link in
            out.text("<li><a href=\"")
            out.escaped(root)
            out.escaped(link.href)
            out.text("\">")
            out.escaped(link.title)
            out.text("</a></li>")
        }
        out.text("</ul>\n  </section>\n</main>\n")
        return out.text
    }

    /// `{{#cards}}{{> partial-kpi-card}}{{/cards}}`.
    func cardsHTML(into out: inout TemplateOutput) {
        out.each(cards) { out, card in out.partial { card.html(root: root, t: t, d: d, into: &$0) } }
    }
}
