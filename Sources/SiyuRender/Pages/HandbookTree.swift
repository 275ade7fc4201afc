import SiyuContent

/// The handbook's structure: sections (from front matter, Hexo categories or top-level folders) in the playbook
/// loop, each a tree of folders and pages. A folder's `index.md` or `_index.md` introduces it: the top folder's
/// one becomes its section's index page, a nested one the link of its folder in the sidebar.
struct HandbookTree: Sendable {
    struct Node: Sendable {
        var title: String
        /// The page, or the folder's landing page.
        var playbook: Playbook?
        /// Folder path under the section (`daily/checks`) for a folder, nil for a page.
        var folder: String?
        var order: Int
        var children: [Node]

        var isFolder: Bool { folder != nil }
        var sortKey: (order: Int, title: String, key: String) { (order, title, playbook?.slug ?? folder ?? "") }
    }

    struct Section: Sendable {
        /// As written in front matter or the folder name; "" for pages with no section.
        var name: String
        /// The output folder of the section's index page: its top-level folder, or `section-<slug>`.
        var key: String
        var landing: Playbook?
        var nodes: [Node]

        var indexPath: String { "playbooks/\(key)/index.html" }
    }

    var sections: [Section]
    /// `index.md` or `_index.md` at the top of the playbooks folder: its text introduces the handbook index.
    var rootLanding: Playbook?

    init(_ playbooks: [Playbook]) {
        let root = playbooks.first { $0.slug == "index" || $0.slug == "_index" }
        rootLanding = root
        let pages = Self.inheritingSections(playbooks.filter { $0.slug != root?.slug })
        var bySection: [String: [Playbook]] = [:]
        for page in pages { bySection[page.section, default: []].append(page) }
        // Which sections have pages in each top-level folder: a folder owned by one section names its index page.
        var owners: [String: Set<String>] = [:]
        for page in pages { owners[page.folders.first ?? "", default: []].insert(page.section) }

        sections = bySection.keys.sorted(by: HandbookOrder.sectionPrecedes).map { name in
            let members = bySection[name] ?? []
            let tops = Set(members.map { $0.folders.first ?? "" })
            var key = name.isEmpty ? "section-general" : "section-" + Slug.make(name)
            if tops.count == 1, let top = tops.first, !top.isEmpty, owners[top]?.count == 1 { key = top }
            let landing = members.first { $0.isFolderLanding && $0.folders == [key] }
            let rest = members.filter { $0.slug != landing?.slug }
            // A section that is its own folder drops that folder from the tree; one spread over several keeps them.
            return Section(name: name, key: key, landing: landing, nodes: Self.tree(rest, dropTopFolder: key == tops.first))
        }
    }

    /// A page that names no section (no `section:`, no `categories:`) joins the section its folder's other pages
    /// name most often, so `sop/daily/check.md` sits with the `section: SOP` pages of `sop/`; with none, the
    /// section is the folder's name.
    private static func inheritingSections(_ pages: [Playbook]) -> [Playbook] {
        func isExplicit(_ page: Playbook) -> Bool { page.frontMatter.section != nil || !page.frontMatter.categories.isEmpty }
        var named: [String: [String: Int]] = [:]
        for page in pages where isExplicit(page) { named[page.folders.first ?? "", default: [:]][page.section, default: 0] += 1 }
        return pages.map { page in
            guard !isExplicit(page), let top = page.folders.first,
                  let best = named[top]?.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return page }
            var joined = page
            joined.section = best.key
            return joined
        }
    }

    /// Pages placed by their folders (below the section's own folder); nested landing pages become their folder's link.
    private static func tree(_ pages: [Playbook], dropTopFolder: Bool) -> [Node] {
        var root = FolderBuilder()
        for page in pages {
            let folders = Array(page.folders.dropFirst(dropTopFolder ? 1 : 0))
            if page.isFolderLanding && !folders.isEmpty {
                root.setLanding(page, at: folders[...])
            } else {
                root.add(page, at: folders[...])
            }
        }
        return root.nodes(path: [])
    }

    /// Sections' playbooks in reading order: each section's landing first, then its tree depth-first.
    var allPlaybooks: [Playbook] {
        (rootLanding.map { [$0] } ?? []) + sections.flatMap { section in
            (section.landing.map { [$0] } ?? []) + section.nodes.flatMap { Self.playbooks(in: $0) }
        }
    }

    /// Playbooks that get a page of their own (section landings are shown on their section's index page instead).
    var readingOrder: [Playbook] {
        sections.flatMap { $0.nodes.flatMap { Self.playbooks(in: $0) } }
    }

    static func playbooks(in node: Node) -> [Playbook] {
        (node.playbook.map { [$0] } ?? []) + node.children.flatMap { playbooks(in: $0) }
    }
}

/// Builds one level of folders while pages are placed, then sorts it into nodes.
private struct FolderBuilder {
    var pages: [Playbook] = []
    var landing: Playbook?
    var folders: [String: FolderBuilder] = [:]

    mutating func add(_ page: Playbook, at path: ArraySlice<String>) {
        guard let first = path.first else { return pages.append(page) }
        folders[first, default: FolderBuilder()].add(page, at: path.dropFirst())
    }

    mutating func setLanding(_ page: Playbook, at path: ArraySlice<String>) {
        guard let first = path.first else { return landing = page }
        folders[first, default: FolderBuilder()].setLanding(page, at: path.dropFirst())
    }

    func nodes(path: [String]) -> [HandbookTree.Node] {
        let pageNodes = pages.map { HandbookTree.Node(title: $0.title, playbook: $0, folder: nil, order: $0.order, children: []) }
        let folderNodes = folders.map { name, builder -> HandbookTree.Node in
            let children = builder.nodes(path: path + [name])
            let order = builder.landing?.frontMatter.order ?? children.map(\.order).min() ?? Int.max
            return HandbookTree.Node(title: builder.landing?.title ?? name, playbook: builder.landing,
                                     folder: (path + [name]).joined(separator: "/"), order: order, children: children)
        }
        return (pageNodes + folderNodes).sorted { HandbookOrder.precedes($0.sortKey, $1.sortKey) }
    }
}
