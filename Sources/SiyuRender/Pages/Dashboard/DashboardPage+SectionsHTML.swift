/// The built-in `Templates/partial-sections.mustache` (with the figure and table partials), written out in Swift:
/// the same bytes, without Mustache. Shared by the dashboard pages and `report.html`. Parity: `DashboardHTMLTests`.
extension DashboardPage {
    static let sectionTemplates = ["partial-sections.mustache", FigureView.template] + TableView.templates

    /// `partial-sections` for this page's sections.
    func sectionsHTML(into out: inout TemplateOutput) {
        let root = self.root, d = self.d
        out.each(sections) { out, section in
            out.text("<section class=\"dash-section\" id=\"")
            out.escaped(section.id)
            out.text("\" aria-labelledby=\"")
            out.escaped(section.id)
            out.text("-title\">\n  <h2 id=\"")
            out.escaped(section.id)
            out.text("-title\">")
            out.escaped(section.title)
            out.text("</h2>\n  ")
            out.section(section.hasIntro) { out in
                out.text("<p class=\"section-intro\">")
                out.escaped(section.intro)
                out.text("</p>")
            }
            out.text("\n  ")
            out.section(section.hasFacts) { out in
                out.text("<dl class=\"facts\">")
                out.each(section.facts) { out, fact in
                    out.text("<div class=\"fact\"><dt>")
                    out.escaped(fact.label)
                    out.text("</dt><dd class=\"fact-value\">")
                    out.escaped(fact.value)
                    out.text("</dd>")
                    out.section(fact.hasNote) { out in
                        out.text("<dd class=\"fact-note\">")
                        out.escaped(fact.note)
                        out.text("</dd>")
                    }
                    out.text("</div>")
                }
                out.text("</dl>")
            }
            out.text("\n  ")
            out.section(section.hasFactsDownload) { out in
                out.text("<p class=\"facts-download\"><a class=\"download\" href=\"")
                out.escaped(root)
                out.escaped(section.factsDownload)
                out.text("\">")
                out.escaped(d.downloadCSV)
                out.text("</a></p>")
            }
            out.text("\n  ")
            out.section(section.hasFigures) { out in
                out.text("<div class=\"figures\">\n  ")
                out.each(section.figures) { out, figure in out.partial { figure.html(root: root, d: d, into: &$0) } }
                out.text("\n  </div>")
            }
            out.text("\n  ")
            out.each(section.tables) { out, table in out.partial { table.html(root: root, into: &$0) } }
            out.text("\n  ")
            out.section(section.empty) { out in
                out.text("<p class=\"empty\">")
                out.escaped(d.noData)
                out.text("</p>")
            }
            out.text("\n</section>\n")
        }
    }
}

extension DashboardPage.ArchiveBanner {
    static let template = "partial-archive-banner.mustache"

    /// `partial-archive-banner`: the banner on an archived copy, nothing on a live page; then its line's end.
    static func html(_ banner: Self, isArchived: Bool, d: DashboardLabels, into out: inout TemplateOutput) {
        out.section(isArchived) { out in
            out.section { out in
                out.text("<p class=\"archive-banner\" role=\"note\">")
                out.escaped(banner.text)
                out.text(" <a href=\"")
                out.escaped(banner.latestHref)
                out.text("\">")
                out.escaped(d.latestReport)
                out.text("</a> · <a href=\"")
                out.escaped(banner.allHref)
                out.text("\">")
                out.escaped(d.allReports)
                out.text("</a></p>")
            }
        }
        out.text("\n")
    }
}
