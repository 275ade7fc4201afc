import SiyuCore

/// The built-in `Templates/handbook-sidebar.mustache` and its recursive `handbook-tree.mustache`, written out in
/// Swift: the same bytes, without Mustache. Even rendered once per shape (HandbookSidebar), a 10,000-playbook
/// handbook has a hundred shapes of two hundred links each: through swift-mustache, with each model flattened by
/// reflection, that was 4% of the build's CPU.
///
/// Only used while both templates are the built-in ones; `HandbookPagesTests.reusedSidebarsAndFramesMatchRendering
/// EveryPage` renders every page both ways and requires the same bytes. Text is escaped with `HTMLEscaping.escape`,
/// the five characters Mustache's `{{ }}` escapes.
extension HandbookSidebar {
    static func html(_ items: [HandbookNavigation.Item], root: String, labels: Labels) -> String {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        var out = ""
        out += "<details class=\"sidebar-wrap\" open>\n"
        out += "  <summary class=\"sidebar-toggle\">\(e(labels.handbookNav))</summary>\n"
        out += "  <nav class=\"sidebar\" aria-label=\"\(e(labels.handbookNav))\">\n"
        for item in items {
            out += "    <div class=\"sidebar-group\">\n"
            out += "      <a class=\"sidebar-section\" href=\"\(e(item.root))\(e(item.href))\"\(item.current ? " aria-current=\"page\"" : "")>"
                + "\(e(item.title))</a>\n"
            out += "      "
            if item.hasChildren { tree(item.children, into: &out) }
            out += "\n"
            out += "    </div>\n"
        }
        out += "    <a class=\"sidebar-print\" href=\"\(e(root))playbooks/print.html\">\(e(labels.printHandbook))</a>\n"
        out += "  </nav>\n"
        out += "</details>\n"
        return out
    }

    /// `handbook-tree`: one list, folders nested in it.
    private static func tree(_ children: [HandbookNavigation.Item], into out: inout String) {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        out += "<ul class=\"tree\">\n"
        for item in children {
            let current = item.current ? " aria-current=\"page\"" : ""
            out += "<li>"
            if item.isFolder {
                out += "<details class=\"tree-folder\"\(item.open ? " open" : "")><summary>"
                out += item.hasHref ? "<a href=\"\(e(item.root))\(e(item.href))\"\(current)>\(e(item.title))</a>" : "<span>\(e(item.title))</span>"
                out += "</summary>"
                tree(item.children, into: &out)
                out += "</details>"
            } else {
                out += "<a href=\"\(e(item.root))\(e(item.href))\"\(current)>\(e(item.title))</a>"
            }
            out += "</li>\n"
        }
        out += "</ul>\n"
    }
}
