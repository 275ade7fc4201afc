import SiyuContent

/// The sidebar tree, breadcrumbs and reading order every handbook page uses, worked out once for the whole site.
/// A handbook of up to `fullTreeLimit` pages shows every section open; a bigger one shows the current section and
/// the folders on the way to the current page, so each page's sidebar stays small and the build stays linear.
/// Flags are stored properties and every item has the same fields, so the recursive `handbook-tree` partial never
/// looks a name up in an outer item by accident.
struct HandbookNavigation: Sendable {
    struct Item: Sendable {
        /// The page's way back to the site root, repeated here so the tree never searches the page for it.
        var root: String
        var title: String
        var href: String
        var hasHref: Bool
        var current: Bool
        var isFolder: Bool
        /// A folder holding the current page starts open.
        var open: Bool
        var children: [Item]
        var hasChildren: Bool
    }

    struct Crumb: Sendable {
        var title: String
        var href: String
        var hasHref: Bool
    }

    static let fullTreeLimit = 200

    let tree: HandbookTree
    let labels: Labels
    /// Pages with a page of their own, in reading order, and each one's position in it.
    let reading: [Playbook]
    private let position: [String: Int]
    /// Slug → index of its section, and the folder nodes from the section down to it.
    private let sectionOf: [String: Int]
    private let foldersTo: [String: [HandbookTree.Node]]
    /// Slug of a nested folder's landing page → that folder's path.
    private let landingFolder: [String: String]
    private let compact: Bool

    init(tree: HandbookTree, labels: Labels) {
        self.tree = tree
        self.labels = labels
        reading = tree.readingOrder
        position = Dictionary(reading.enumerated().map { ($1.slug, $0) }) { first, _ in first }
        compact = reading.count > Self.fullTreeLimit
        var sectionOf: [String: Int] = [:]
        var foldersTo: [String: [HandbookTree.Node]] = [:]
        var landingFolder: [String: String] = [:]
        func walk(_ nodes: [HandbookTree.Node], section: Int, trail: [HandbookTree.Node]) {
            for node in nodes {
                if let slug = node.playbook?.slug {
                    sectionOf[slug] = section
                    foldersTo[slug] = trail
                    if let folder = node.folder { landingFolder[slug] = folder }
                }
                if node.isFolder { walk(node.children, section: section, trail: trail + [node]) }
            }
        }
        for (index, section) in tree.sections.enumerated() {
            if let landing = section.landing { sectionOf[landing.slug] = index }
            walk(section.nodes, section: index, trail: [])
        }
        self.sectionOf = sectionOf
        self.foldersTo = foldersTo
        self.landingFolder = landingFolder
    }

    /// The section's landing page title, else its name (front matter, category or folder), else "其他".
    func sectionTitle(_ section: HandbookTree.Section) -> String {
        section.landing?.title ?? (section.name.isEmpty ? labels.generalSection : section.name)
    }

    func neighbours(of playbook: Playbook) -> (previous: Playbook?, next: Playbook?) {
        guard let index = position[playbook.slug] else { return (nil, nil) }
        return (index > 0 ? reading[index - 1] : nil, index + 1 < reading.count ? reading[index + 1] : nil)
    }

    /// One group per section; `current` is the page being rendered (nil for a section index or the handbook index,
    /// whose output path is `currentPath`).
    func sidebar(currentPath: String, current: Playbook? = nil) -> [Item] {
        let root = rootPrefix(of: currentPath)
        let currentSection = current.flatMap { sectionOf[$0.slug] }
        let openFolders = Set((current.flatMap { foldersTo[$0.slug] } ?? []).compactMap(\.folder))
        return tree.sections.enumerated().map { index, section in
            let isCurrent = section.indexPath == currentPath
            let expand = !compact || isCurrent || index == currentSection
            let children = expand ? section.nodes.map {
                item($0, section: section, currentPath: currentPath, root: root, openFolders: openFolders)
            } : []
            return Item(root: root, title: sectionTitle(section), href: section.indexPath, hasHref: true, current: isCurrent,
                        isFolder: false, open: isCurrent || index == currentSection, children: children,
                        hasChildren: !children.isEmpty)
        }
    }

    /// What `sidebar(currentPath:current:)` depends on apart from which item is current: the way back to the
    /// root, the open section, the folders open on the way to the page, and the folder the page introduces.
    /// Pages with the same key have the same sidebar but for `current`.
    func sidebarKey(currentPath: String, current: Playbook? = nil) -> String {
        let open = current.flatMap { sectionOf[$0.slug] } ?? tree.sections.firstIndex { $0.indexPath == currentPath }
        let folders = (current.flatMap { foldersTo[$0.slug] } ?? []).compactMap(\.folder)
        return [rootPrefix(of: currentPath), open.map(String.init) ?? "-", current.flatMap { landingFolder[$0.slug] } ?? "",
                folders.joined(separator: "\u{1}")].joined(separator: "\u{0}")
    }

    private func item(_ node: HandbookTree.Node, section: HandbookTree.Section, currentPath: String, root: String,
                      openFolders: Set<String>) -> Item {
        let href = node.playbook?.outputPath ?? ""
        let current = !href.isEmpty && href == currentPath
        let onPath = node.folder.map(openFolders.contains) ?? false
        guard node.isFolder, !compact || onPath || current else {
            // A big handbook's folders off the current path are links: to their landing page, or to their group
            // on the section's index page.
            let target = node.isFolder && href.isEmpty ? section.indexPath + "#" + Self.groupID(node.folder ?? "") : href
            return Item(root: root, title: node.title, href: target, hasHref: true, current: current, isFolder: false,
                        open: false, children: [], hasChildren: false)
        }
        let children = node.children.map {
            item($0, section: section, currentPath: currentPath, root: root, openFolders: openFolders)
        }
        return Item(root: root, title: node.title, href: href, hasHref: !href.isEmpty, current: current, isFolder: true,
                    open: onPath || current, children: children, hasChildren: !children.isEmpty)
    }

    /// The id of a top-level folder's group on its section's index page.
    static func groupID(_ folder: String) -> String {
        "group-" + Slug.make(String(folder.prefix { $0 != "/" }))
    }

    /// 运营手册 › section › folders: the trail above a page (the page itself is the h1 below it).
    func breadcrumbs(to playbook: Playbook) -> [Crumb] {
        var crumbs = [Crumb(title: labels.handbook, href: "playbooks/index.html", hasHref: true)]
        guard let index = sectionOf[playbook.slug] else { return crumbs }
        let section = tree.sections[index]
        crumbs.append(Crumb(title: sectionTitle(section), href: section.indexPath, hasHref: true))
        for folder in foldersTo[playbook.slug] ?? [] {
            let href = folder.playbook?.outputPath ?? ""
            if href != playbook.outputPath {
                crumbs.append(Crumb(title: folder.title, href: href.isEmpty ? section.indexPath + "#" + Self.groupID(folder.folder ?? "") : href,
                                    hasHref: true))
            }
        }
        return crumbs
    }
}
