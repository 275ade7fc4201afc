/// The built-in `Templates/report.mustache` (with its partials), written out in Swift: the same bytes, without
/// Mustache. `report.html` holds every dashboard section: through Mustache it alone was about half the dashboards'
/// render time. Only used while every template involved is the built-in one. Parity: `DashboardHTMLTests`.
extension ReportPage: SwiftRenderedPage {
    static let templates = ["report.mustache", DashboardPage.ArchiveBanner.template, SummaryHTML.template, KPICardView.template]
        + DashboardPage.sectionTemplates

    func html() -> String {
        var out = TemplateOutput(capacity: 1024 * 1024)
        out.text("<main id=\"main\" class=\"main wide dashboard full-report\">\n  ")
        out.partial(standalone: "  ") { DashboardPage.ArchiveBanner.html(archive, isArchived: isArchived, d: d, into: &$0) }
        DashboardHeader.opening(eyebrow: eyebrow, heading: heading, into: &out)
        out.escaped(periodText)
        out.text("</p>\n    <p class=\"lede\">")
        out.escaped(intro)
        out.text(" <button class=\"button print-button\" type=\"button\" data-print hidden>")
        out.escaped(d.printReport)
        out.text("</button></p>\n  </header>\n  <nav class=\"page-toc\" aria-label=\"")
        out.escaped(d.onThisPage)
        out.text("\">")
        DashboardHeader.links(toc, into: &out)
        out.text("</nav>\n  ")
        out.partial(standalone: "  ") { out in
            SummaryHTML.html(summary: summary, alerts: alerts, hasAlerts: hasAlerts, root: root, t: t, d: d, into: &out)
        }
        out.each(pages) { out, page in
            out.text("  <section class=\"report-page\" id=\"page-")
            out.escaped(page.id)
            out.text("\" aria-labelledby=\"page-")
            out.escaped(page.id)
            out.text("-title\">\n    <h2 class=\"report-page-title\" id=\"page-")
            out.escaped(page.id)
            out.text("-title\">")
            out.escaped(page.heading)
            out.text("</h2>\n    <p class=\"lede\">")
            out.escaped(page.intro)
            out.text("</p>\n    ")
            out.section(page.hasCards) { out in
                out.text("<div class=\"cards\">")
                page.cardsHTML(into: &out)
                out.text("</div>")
            }
            out.text("\n    ")
            out.partial(standalone: "    ") { page.sectionsHTML(into: &$0) }
            out.text("  </section>\n")
        }
        out.text("</main>\n")
        return out.text
    }
}

/// The built-in `Templates/archive-index.mustache`, written out in Swift. Parity: `DashboardHTMLTests`.
extension ArchiveIndexPage: SwiftRenderedPage {
    static let templates = ["archive-index.mustache"]

    func html() -> String {
        var out = TemplateOutput(capacity: 4096)
        out.text("<main id=\"main\" class=\"main wide dashboard archive-index\">\n  <header class=\"page-header\">\n    <h1>")
        out.escaped(heading)
        out.text("</h1>\n    <p class=\"lede\">")
        out.escaped(intro)
        out.text("</p>\n  </header>\n")
        out.section(hasEntries) { out in
            out.text("  <div class=\"table-wrap\"><table class=\"data archive-table\">\n    <thead><tr><th scope=\"col\">")
            out.escaped(d.period)
            out.text("</th><th scope=\"col\">")
            out.escaped(d.kind)
            out.text("</th><th scope=\"col\">")
            out.escaped(d.overview)
            out.text("</th><th scope=\"col\">")
            out.escaped(d.reportTitle)
            out.text("</th></tr></thead>\n    <tbody>\n    ")
            out.each(entries) { out, entry in
                out.text("<tr><th scope=\"row\">")
                out.escaped(entry.title)
                out.section(entry.current) { out in
                    out.text(" <span class=\"badge\">")
                    out.escaped(d.current)
                    out.text("</span>")
                }
                out.text("</th><td>")
                out.escaped(entry.kind)
                out.text("</td><td><a href=\"")
                out.escaped(root)
                out.escaped(entry.href)
                out.text("\">")
                out.escaped(d.open)
                out.text("</a></td><td><a href=\"")
                out.escaped(root)
                out.escaped(entry.reportHref)
                out.text("\">")
                out.escaped(d.printable)
                out.text("</a></td></tr>\n")
            }
            out.text("    </tbody>\n  </table></div>\n")
        }
        out.text("  ")
        out.section(!hasEntries) { out in
            out.text("<p class=\"empty\">")
            out.escaped(d.archiveEmpty)
            out.text("</p>")
        }
        out.text("\n</main>\n")
        return out.text
    }
}
