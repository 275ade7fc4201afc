/// A link from one page to another; `href` is relative to the site root and the template prefixes `root`.
package struct LinkModel: Sendable, Hashable {
    package var title: String
    package var href: String
}

/// The frame around every page.
struct LayoutModel {
    struct NavItem {
        var label: String
        var href: String
        var current: Bool
    }

    var lang: String
    var title: String
    var siteTitle: String
    /// Relative path from the page back to the site root (`""`, `"../"`, `"../../"`), so pages work from disk.
    var root: String
    var nav: [NavItem]
    var periodLabel: String
    var content: String
    var footer: String
    var t: Labels
}

/// `playbooks/sop/welcome.html` → `../../`.
func rootPrefix(of outputPath: String) -> String {
    String(repeating: "../", count: outputPath.split(separator: "/").count - 1)
}
