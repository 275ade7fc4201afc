import SiyuCore

extension HandbookKPIs.Chip {
    /// The chip's name, value and change, as the section, playbook and print templates write them inside the
    /// chip's link or span; with `offTarget`, a breached chip also gets the flag saying so.
    func appendContent(to out: inout String, offTarget: String? = nil) {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        out += "<span class=\"kpi-chip-name\">\(e(name))</span> <strong class=\"kpi-chip-value\">\(e(value))</strong> "
        out += "<span class=\"kpi-chip-change \(e(changeClass))\"><span aria-hidden=\"true\">\(e(arrow))</span> "
        out += "\(e(change))</span>"
        if breached, let offTarget { out += " <span class=\"kpi-chip-flag\">\(e(offTarget))</span>" }
    }
}
