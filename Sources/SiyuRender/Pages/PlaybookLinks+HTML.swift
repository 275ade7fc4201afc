extension PlaybookLinks {
    /// `{{#links}}…{{/links}}{{#hasMore}}…{{/hasMore}}` as the KPI card, the overview's alerts and the handbook's
    /// "to run" list write it inside `{{#playbooks}}`: each link and a space, then the "+N more" link.
    func linksHTML(root: String, t: Labels, into out: inout TemplateOutput) {
        out.each(links) { out, link in
            out.text("<a href=\"")
            out.escaped(root)
            out.escaped(link.href)
            out.text("\">")
            out.escaped(link.title)
            out.text("</a> ")
        }
        out.section(hasMore) { out in
            out.text("<a class=\"more-playbooks\" href=\"")
            out.escaped(root)
            out.escaped(moreHref)
            out.text("\" title=\"")
            out.escaped(t.morePlaybooksTitle)
            out.text("\">")
            out.escaped(moreText)
            out.text("</a>")
        }
    }
}
