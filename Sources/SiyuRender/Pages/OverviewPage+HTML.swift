/// The built-in `Templates/overview.mustache` (with its partials), written out in Swift: the same bytes, without
/// Mustache. Only used while every template involved is the built-in one. Parity: `DashboardHTMLTests`.
extension OverviewPage: SwiftRenderedPage {
    static let templates = ["overview.mustache", DashboardPage.ArchiveBanner.template, SummaryHTML.template, KPICardView.template]

    func html() -> String {
        var out = TemplateOutput(capacity: 64 * 1024)
        out.text("<main id=\"main\" class=\"main wide dashboard overview\">\n  ")
        out.partial(standalone: "  ") { DashboardPage.ArchiveBanner.html(archive, isArchived: isArchived, d: d, into: &$0) }
        DashboardHeader.opening(eyebrow: eyebrow, heading: heading, into: &out)
        out.escaped(periodText)
        out.text("</p>\n    <p class=\"page-actions\">")
        out.each(actions) { out, link in
            out.text("<a class=\"button\" href=\"")
            out.escaped(root)
            out.escaped(link.href)
            out.text("\">")
            out.escaped(link.title)
            out.text("</a>")
        }
        out.text("</p>\n  </header>\n  ")
        out.partial(standalone: "  ") { out in
            SummaryHTML.html(summary: summary, alerts: alerts, hasAlerts: hasAlerts, root: root, t: t, d: d, into: &out)
        }
        out.text("  <p class=\"band-title\">")
        out.escaped(d.headline)
        out.text("</p>\n")
        out.each(families) { out, family in
            out.text("  <section class=\"family\" aria-labelledby=\"family-")
            out.escaped(family.id)
            out.text("\">\n    <div class=\"family-head\"><h2 id=\"family-")
            out.escaped(family.id)
            out.text("\" class=\"family-title\">")
            out.escaped(family.title)
            out.text("</h2><a class=\"family-link\" href=\"")
            out.escaped(root)
            out.escaped(family.href)
            out.text("\">")
            out.escaped(d.viewDetails)
            out.text(" →</a></div>\n    <div class=\"cards\">\n      ")
            out.each(family.cards) { out, card in out.partial { card.html(root: root, t: t, d: d, into: &$0) } }
            out.text("\n    </div>\n    ")
            out.section(family.hasMore) { out in
                out.text("<ul class=\"more-kpis\">")
                out.each(family.more) { out, kpi in
                    out.text("<li id=\"kpi-")
                    out.escaped(kpi.id)
                    out.text("\"><a href=\"")
                    out.escaped(root)
                    out.escaped(kpi.href)
                    out.text("\">")
                    out.escaped(kpi.name)
                    out.text("</a> <strong>")
                    out.escaped(kpi.value)
                    out.text("</strong> <span class=\"")
                    out.escaped(kpi.changeClass)
                    out.text("\"><span aria-hidden=\"true\">")
                    out.escaped(kpi.arrow)
                    out.text("</span> ")
                    out.escaped(kpi.change)
                    out.text("</span></li>")
                }
                out.text("</ul>")
            }
            out.text("\n  </section>\n")
        }
        out.text("  <section class=\"tiles-section\" aria-labelledby=\"tiles-title\">\n    <h2 id=\"tiles-title\" class=\"band-title\">")
        out.escaped(d.explore)
        out.text("</h2>\n    <ul class=\"tiles\">")
        out.each(tiles) { out, tile in
            out.text("<li><a class=\"tile\" href=\"")
            out.escaped(root)
            out.escaped(tile.href)
            out.text("\"><span class=\"tile-title\">")
            out.escaped(tile.title)
            out.text("</span><span class=\"tile-text\">")
            out.escaped(tile.description)
            out.text("</span></a></li>")
        }
        out.text("</ul>\n  </section>\n</main>\n")
        return out.text
    }
}
