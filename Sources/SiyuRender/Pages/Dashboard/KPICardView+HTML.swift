/// The built-in `Templates/partial-kpi-card.mustache`, written out in Swift: the same bytes, without Mustache.
/// `root`, `t` and `d` are the page's (the card template finds them there). Parity: `DashboardHTMLTests`.
extension KPICardView {
    static let template = "partial-kpi-card.mustache"

    func html(root: String, t: Labels, d: DashboardLabels, into out: inout TemplateOutput) {
        out.text("<article class=\"card")
        out.section(breached) { $0.text(" breached") }
        out.text("\" id=\"kpi-")
        out.escaped(id)
        out.text("\">\n  <h3 class=\"card-title\">")
        out.section(hasDetail) { out in
            out.text("<a href=\"")
            out.escaped(root)
            out.escaped(detailHref)
            out.text("\">")
            out.escaped(name)
            out.text("</a>")
        }
        out.section(!hasDetail) { $0.escaped(name) }
        out.text("</h3>\n  <p class=\"card-value\">")
        out.escaped(value)
        out.text("</p>\n  <p class=\"card-change ")
        out.escaped(changeClass)
        out.text("\"><span class=\"visually-hidden\">")
        out.escaped(changeLabel)
        out.text("</span><span aria-hidden=\"true\">")
        out.escaped(arrow)
        out.text(" ")
        out.escaped(change)
        out.text("</span> <span class=\"muted\">")
        out.escaped(t.vsPrevious)
        out.text(" ")
        out.escaped(previous)
        out.text("</span></p>\n  ")
        out.section(hasStatus) { out in
            out.text("<p class=\"card-status ")
            out.escaped(statusClass)
            out.text("\">")
            out.escaped(statusText)
            out.text("</p>")
        }
        out.text("\n  <div class=\"card-trend\">")
        out.raw(sparkline)
        out.text("</div>\n")
        out.section(openNote) { out in
            out.text("  <div class=\"card-how card-how-open\">\n    <p><span class=\"card-how-label\">")
            out.escaped(t.howComputed)
            out.text("</span> ")
            out.escaped(definition)
            out.text("</p>\n    ")
            variantHTML(d: d, into: &out)
            out.text("\n    ")
            out.section { out in
                out.section(playbooks.hasLinks) { out in
                    out.text("<p class=\"card-links\"><span class=\"card-how-label\">")
                    out.escaped(t.playbooks)
                    out.text("</span> ")
                    playbooks.linksHTML(root: root, t: t, into: &out)
                    out.text("</p>")
                }
            }
            out.text("\n  </div>\n")
        }
        out.section(!openNote) { out in
            out.text("  <details class=\"card-how\">\n    <summary>")
            out.escaped(t.howComputed)
            out.text("</summary>\n    <p>")
            out.escaped(definition)
            out.text("</p>\n    ")
            variantHTML(d: d, into: &out)
            out.text("\n    ")
            out.section { out in
                out.section(playbooks.hasLinks) { out in
                    out.text("<p class=\"card-links\">")
                    out.escaped(t.playbooks)
                    out.text(": ")
                    playbooks.linksHTML(root: root, t: t, into: &out)
                    out.text("</p>")
                }
            }
            out.text("\n  </details>\n")
        }
        out.text("</article>\n")
    }

    private func variantHTML(d: DashboardLabels, into out: inout TemplateOutput) {
        out.section(hasVariant) { out in
            out.text("<p class=\"card-variant\"><span class=\"card-how-label\">")
            out.escaped(d.definition)
            out.text("</span> ")
            out.escaped(variant)
            out.text("</p>")
        }
    }
}
