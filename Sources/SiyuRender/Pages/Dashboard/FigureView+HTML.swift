/// The built-in `Templates/partial-figure.mustache`, written out in Swift: the same bytes, without Mustache.
/// `root` and `d` are the page's. Parity: `DashboardHTMLTests`.
extension FigureView {
    static let template = "partial-figure.mustache"

    func html(root: String, d: DashboardLabels, into out: inout TemplateOutput) {
        out.text("<figure class=\"figure figure-")
        out.escaped(kind)
        out.section(wide) { $0.text(" wide") }
        out.text("\" id=\"")
        out.escaped(id)
        out.text("\">\n  <figcaption class=\"figure-title\">")
        out.escaped(title)
        out.text("</figcaption>\n  <div class=\"chart-box\">")
        out.raw(svg)
        out.text("</div>\n  ")
        out.section(hasNote) { out in
            out.text("<p class=\"figure-note\">")
            out.escaped(note)
            out.text("</p>")
        }
        out.text("\n")
        out.section { out in
            out.text("  <details class=\"chart-data\">\n    <summary>")
            out.escaped(d.chartData)
            out.text("</summary>\n    ")
            out.partial(standalone: "    ") { data.gridHTML(into: &$0) }
            out.text("    ")
            out.section(data.hasDownload) { out in
                out.text("<p class=\"chart-download\"><a class=\"download\" href=\"")
                out.escaped(root)
                out.escaped(data.download)
                out.text("\">")
                out.escaped(data.downloadLabel)
                out.text("</a></p>")
            }
            out.text("\n  </details>\n")
        }
        out.text("</figure>\n")
    }
}
