/// Pieces of the page header that `overview`, `dashboard` and `report` write alike.
enum DashboardHeader {
    /// `<header>` up to the opening of the first lede: the eyebrow and the heading.
    static func opening(eyebrow: String, heading: String, into out: inout TemplateOutput) {
        out.text("  <header class=\"page-header\">\n    <p class=\"eyebrow\">")
        out.escaped(eyebrow)
        out.text("</p>\n    <h1>")
        out.escaped(heading)
        out.text("</h1>\n    <p class=\"lede\">")
    }

    /// The on-this-page links, one `<a>` each.
    static func links(_ links: [LinkModel], into out: inout TemplateOutput) {
        out.each(links) { out, link in
            out.text("<a href=\"")
            out.escaped(link.href)
            out.text("\">")
            out.escaped(link.title)
            out.text("</a>")
        }
    }
}
