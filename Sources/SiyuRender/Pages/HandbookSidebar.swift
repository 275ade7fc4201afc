import Foundation
import SiyuContent
import SiyuCore

/// The handbook sidebar as HTML, through the `handbook-sidebar` and `handbook-tree` templates, once per shape
/// rather than once per page. Every page of a section shows the same tree (same items, same open folders, same
/// `root`); only the current page's `aria-current` differs. So each shape is rendered once with no item current,
/// and a page's copy gets ` aria-current="page"` right after its own link's `href="…"`, which is where the built-in
/// tree template writes it. Measured at N=1,000: the per-page sidebar through Mustache was 39% of the build and its
/// flattening another 20%; cached, the sidebar is about 3% of a 10,000-playbook build.
///
/// With the built-in templates, the shapes are written by equivalent Swift code (`HandbookSidebar+HTML.swift`).
/// A project that overrides either template gets every sidebar rendered through Mustache, as before: its template
/// may mark the current item differently. Safe to use from several threads (one lock around the cache).
final class HandbookSidebar: @unchecked Sendable {
    /// What `handbook-sidebar` sees: the items, the way back to the root, the labels.
    struct Model {
        var sidebar: [HandbookNavigation.Item]
        var root: String
        var t: Any
    }

    static let templates = ["handbook-sidebar.mustache", "handbook-tree.mustache"]

    let navigation: HandbookNavigation
    private let renderer: TemplateRenderer
    private let labels: Any
    private let reusesShapes: Bool
    private let lock = NSLock()
    /// `HandbookNavigation.sidebarKey` → the sidebar with no item current.
    private var shapes: [String: String] = [:]

    /// `flatLabels`: the labels already flattened (`TemplateModel.flatten`). `builtInTree`: both sidebar
    /// templates are the built-in ones, so the current item's mark is known.
    init(navigation: HandbookNavigation, renderer: TemplateRenderer, flatLabels: Any, builtInTree: Bool) {
        self.navigation = navigation
        self.renderer = renderer
        labels = flatLabels
        reusesShapes = builtInTree
    }

    /// The sidebar of the page at `currentPath` (`current` is its playbook; nil for the index pages).
    func html(currentPath: String, current: Playbook? = nil) throws(Diagnostic) -> String {
        let root = rootPrefix(of: currentPath)
        guard reusesShapes else { return try render(navigation.sidebar(currentPath: currentPath, current: current), root: root) }
        // Keyed by what the sidebar depends on, so a page whose shape is known builds no items at all: building
        // and comparing a hundred items per page was 9% of a 10,000-playbook build.
        let key = navigation.sidebarKey(currentPath: currentPath, current: current)
        lock.lock()
        let cached = shapes[key]
        lock.unlock()
        let html: String
        if let cached {
            html = cached
        } else {
            html = try render(navigation.sidebar(currentPath: currentPath, current: current).map(Self.notCurrent), root: root)
            lock.lock()
            shapes[key] = html
            lock.unlock()
        }
        // The one link to this page: `href="<root><path>"`, escaped as Mustache escapes {{root}}{{href}}. A page
        // with no item of its own in the sidebar (the handbook index) has none: rendered as it is.
        let link = "href=\"" + HTMLEscaping.escape(root + currentPath) + "\""
        guard let range = html.utf8Range(of: link) else {
            return try render(navigation.sidebar(currentPath: currentPath, current: current), root: root)
        }
        // One copy of the shape (concatenating made three of its ~15 KB per page at N=10,000).
        let mark = " aria-current=\"page\""
        var page = ""
        page.reserveCapacity(html.utf8.count + mark.utf8.count)
        page += html[..<range.upperBound]
        page += mark
        page += html[range.upperBound...]
        return page
    }

    private func render(_ items: [HandbookNavigation.Item], root: String) throws(Diagnostic) -> String {
        if reusesShapes { return Self.html(items, root: root, labels: navigation.labels) }
        return try renderer.render("handbook-sidebar", TemplateModel.flatten(Model(sidebar: items, root: root, t: labels)))
    }

    private static func notCurrent(_ item: HandbookNavigation.Item) -> HandbookNavigation.Item {
        var item = item
        item.current = false
        item.children = item.children.map(notCurrent)
        return item
    }
}
