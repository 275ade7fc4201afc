import SiyuCore

/// The built-in `Templates/handbook-card.mustache`, written out in Swift: the same bytes, without Mustache.
/// Used by the section and index pages while their templates and this one are the built-in ones (see
/// `HandbookSectionPage+HTML.swift`); `HandbookPagesTests.reusedSidebarsAndFramesMatchRenderingEveryPage` keeps
/// the two identical.
extension HandbookCard {
    static let template = "handbook-card.mustache"

    /// The card as the partial writes it, `root` already escaped; `showKPIs` is the page's flag.
    func html(root: String, showKPIs: Bool, t: Labels, into out: inout String) {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        out += "<li class=\"page-card\(breached ? " breached" : "")\">\n"
        out += "  <a class=\"page-card-title\" href=\"\(root)\(e(href))\">\(e(title))</a>"
        if breached { out += " <span class=\"badge badge-alert\">\(e(t.offTarget))</span>" }
        out += "\n  "
        if hasSummary { out += "<p class=\"page-card-summary\">\(e(summary))</p>" }
        out += "\n  "
        if hasMeta {
            out += "<p class=\"page-card-meta\">"
            for item in meta { out += "<span class=\"meta-\(e(item.kind))\">\(e(item.value))</span>" }
            out += "</p>"
        }
        out += "\n  "
        if showKPIs, hasKPIs {
            out += "<ul class=\"kpi-strip kpi-strip-small\">"
            for chip in kpis {
                out += "<li><a class=\"kpi-chip\(chip.breached ? " breached" : "")\" href=\"\(root)\(e(chip.href))\">"
                out += "<span class=\"kpi-chip-name\">\(e(chip.name))</span> <strong class=\"kpi-chip-value\">\(e(chip.value))</strong>"
                if chip.breached { out += " <span class=\"kpi-chip-flag\">\(e(t.offTarget))</span>" }
                out += "</a></li>"
            }
            out += "</ul>"
        }
        out += "\n</li>\n"
    }
}
