/// The built-in `Templates/partial-summary.mustache`, written out in Swift: the same bytes, without Mustache.
/// The summary and alerts of `index.html` and `report.html`. Parity: `DashboardHTMLTests`.
enum SummaryHTML {
    static let template = "partial-summary.mustache"

    static func html(summary: [SummaryLine], alerts: [OverviewPage.Alert], hasAlerts: Bool, root: String, t: Labels,
                     d: DashboardLabels, into out: inout TemplateOutput) {
        out.text("<section class=\"summary\" aria-labelledby=\"summary-title\">\n  <h2 id=\"summary-title\">")
        out.escaped(d.summary)
        out.text("</h2>\n  <ul class=\"summary-list\">\n    ")
        out.each(summary) { out, line in
            out.text("<li class=\"summary-line tone-")
            out.escaped(line.tone)
            out.text("\">")
            out.each(line.parts) { out, part in
                out.section(part.strong) { out in
                    out.text("<strong>")
                    out.escaped(part.text)
                    out.text("</strong>")
                }
                out.section(!part.strong) { $0.escaped(part.text) }
            }
            out.section(line.hasLinks) { out in
                out.text("<span class=\"summary-links\">")
                out.each(line.links) { out, link in
                    out.text(" <a href=\"")
                    out.escaped(root)
                    out.escaped(link.href)
                    out.text("\">")
                    out.escaped(link.title)
                    out.text(" →</a>")
                }
                out.text("</span>")
            }
            out.text("</li>\n")
        }
        out.text("  </ul>\n</section>\n")
        out.section(hasAlerts) { out in
            out.text("<section class=\"alerts\" id=\"alerts\" aria-labelledby=\"alerts-title\">\n  <h2 id=\"alerts-title\">")
            out.escaped(d.alerts)
            out.text("</h2>\n  <ul>\n    ")
            out.each(alerts) { out, alert in
                out.text("<li class=\"alert\"><a class=\"alert-kpi\" href=\"")
                out.escaped(root)
                out.escaped(alert.href)
                out.text("\">")
                out.escaped(alert.name)
                out.text("</a> <strong>")
                out.escaped(alert.value)
                out.text("</strong> <span class=\"alert-target\">")
                out.escaped(alert.targetText)
                out.text("</span>")
                out.section { out in
                    out.section(alert.playbooks.hasLinks) { out in
                        out.text("<span class=\"alert-playbooks\">")
                        out.escaped(t.playbooks)
                        out.text(" ")
                        alert.playbooks.linksHTML(root: root, t: t, into: &out)
                        out.text("</span>")
                    }
                }
                out.text("</li>\n")
            }
            out.text("  </ul>\n</section>\n")
        }
    }
}
