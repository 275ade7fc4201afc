import SiyuCore

/// The built-in `Templates/handbook-index.mustache` (with its `handbook-card` partial), written out in Swift: the
/// same bytes, without Mustache (through Mustache, 0.155 G of the 6.0 G instructions of a 1,000-playbook build).
/// Only used while both templates are the built-in ones.
/// `HandbookPagesTests.reusedSidebarsAndFramesMatchRenderingEveryPage` renders every page both ways.
extension HandbookIndexPage: SwiftRenderedPage {
    static let templates = ["handbook-index.mustache", HandbookCard.template]

    func html() -> String {
        let escapedRoot = HTMLEscaping.escape(root)
        var out = TemplateOutput(capacity: sidebarHTML.utf8.count + introHTML.utf8.count + sections.count * 4096)
        out.text("<div class=\"handbook\">\n  ")
        out.raw(sidebarHTML)
        out.text("\n  <main id=\"main\" class=\"main article article-wide\">\n    <header class=\"page-header\">\n      <p class=\"eyebrow\">")
        out.escaped(eyebrow)
        out.text("</p>\n      <h1>")
        out.escaped(heading)
        out.text("</h1>\n      <p class=\"lede\">")
        out.escaped(intro)
        out.text("</p>\n      <p class=\"page-actions\"><a class=\"button\" href=\"")
        out.escaped(root)
        out.text("playbooks/print.html\">")
        out.escaped(t.printHandbook)
        out.text("</a><span class=\"muted shortcut-hint\">")
        out.escaped(t.searchShortcut)
        out.text("</span></p>\n    </header>\n    ")
        out.section(hasIntroHTML) { out in
            out.text("<div class=\"prose handbook-intro\">")
            out.raw(introHTML)
            out.text("</div>")
        }
        out.text("\n")
        out.section(hasUrgent) { out in
            out.text("    <section class=\"callout callout-alert\" aria-labelledby=\"urgent-title\">\n")
            out.text("      <h2 id=\"urgent-title\" class=\"callout-title\">")
            out.escaped(t.runNow)
            out.text("</h2>\n      <p class=\"callout-intro\">")
            out.escaped(t.runNowIntro)
            out.text("</p>\n      <ul class=\"urgent-list\">\n        ")
            out.each(urgent) { out, item in
                out.text("<li><a class=\"urgent-kpi\" href=\"")
                out.escaped(root)
                out.escaped(item.kpiHref)
                out.text("\"><strong>")
                out.escaped(item.name)
                out.text("</strong> ")
                out.escaped(item.value)
                out.text("</a> <span class=\"urgent-status\">")
                out.escaped(item.statusText)
                out.text("</span> <span class=\"urgent-playbooks\"><span aria-hidden=\"true\">→</span> ")
                out.section { item.playbooks.linksHTML(root: root, t: t, into: &$0) }
                out.text("</span></li>")
            }
            out.text("\n      </ul>\n    </section>\n")
        }
        out.each(sections) { out, section in
            out.text("    <section class=\"section-block\" aria-labelledby=\"sec-")
            out.escaped(String(section.index))
            out.text("\">\n      <header class=\"section-block-head\">\n        <span class=\"section-number\" aria-hidden=\"true\">")
            out.escaped(String(section.index))
            out.text("</span>\n        <h2 id=\"sec-")
            out.escaped(String(section.index))
            out.text("\"><a href=\"")
            out.raw(escapedRoot)
            out.escaped(section.href)
            out.text("\">")
            out.escaped(section.title)
            out.text("</a></h2>\n        ")
            out.section(section.hasSummary) { out in
                out.text("<p class=\"section-summary\">")
                out.escaped(section.summary)
                out.text("</p>")
            }
            out.text("\n      </header>\n      <ul class=\"page-cards\">\n        ")
            // The template's card partial is not alone on its line, so it is never indented: written straight in.
            out.each(section.cards) { out, card in
                out.partial { out in
                    var html = ""
                    card.html(root: escapedRoot, showKPIs: showKPIs, t: t, into: &html)
                    out.raw(html)
                }
            }
            out.text("\n      </ul>\n      ")
            out.section(section.hasMore) { out in
                out.text("<p class=\"section-more\"><a href=\"")
                out.raw(escapedRoot)
                out.escaped(section.href)
                out.text("\">")
                out.escaped(section.more)
                out.text("</a></p>")
            }
            out.text("\n    </section>\n")
        }
        out.text("  </main>\n</div>\n<script src=\"")
        out.raw(escapedRoot)
        out.text("assets/handbook.js\"></script>\n")
        return out.text
    }
}
