/// One rendered playbook: its metadata, its HTML (with shortcode placeholders still to fill), headings and text.
package struct Playbook: Sendable, Hashable {
    package struct Heading: Sendable, Hashable {
        package var level: Int
        package var text: String
        package var anchor: String
    }

    /// A stretch of the page's text for search: what comes before the first heading (no heading), or what
    /// follows one heading up to the next.
    package struct Section: Sendable, Hashable {
        package var heading: Heading?
        package var text: String
    }

    /// Project-relative path of the Markdown file, for messages: `Content/playbooks/sop/welcome.md`.
    package var sourcePath: String
    /// Path under the playbooks folder without extension: `sop/welcome`. The page is `playbooks/<slug>.html`
    /// (`sop/_index` → `playbooks/sop/index.html`).
    package var slug: String
    package var frontMatter: FrontMatter
    package var title: String
    package var section: String
    package var html: String
    /// The same body for the one-page print edition: heading ids prefixed with the page's (`pb-sop/welcome:第一步`)
    /// and links between playbooks pointing inside that page.
    package var printHTML: String
    package var headings: [Heading]
    package var sections: [Section]
    package var shortcodes: [Shortcode]
    /// Plain text for search.
    package var text: String
    /// The anchor of the `# Title` heading the title came from (moved out of the body into the page's h1).
    package var titleAnchor: String?

    package var order: Int { frontMatter.order ?? Int.max }
    package var outputPath: String { "playbooks/" + Self.pagePath(of: slug) + ".html" }
    /// Folders between the playbooks root and the file: `sop/daily/welcome` → ["sop", "daily"].
    package var folders: [String] { slug.split(separator: "/").dropLast().map(String.init) }
    /// `index.md` or `_index.md`: the page that introduces its folder.
    package var isFolderLanding: Bool { Self.isLanding(slug) }
    /// The id of this page's `<article>` on the print edition.
    package var printID: String { Self.printID(slug) }

    /// Output path under `playbooks/` without extension: `_index` pages become `index` (Hugo's section pages).
    package static func pagePath(of slug: String) -> String {
        slug == "_index" ? "index" : slug.hasSuffix("/_index") ? String(slug.dropLast(6)) + "index" : slug
    }

    static func isLanding(_ slug: String) -> Bool {
        let name = slug.split(separator: "/").last ?? ""
        return name == "index" || name == "_index"
    }

    package static func printID(_ slug: String, anchor: String = "") -> String {
        anchor.isEmpty ? "pb-" + pagePath(of: slug) : "pb-" + pagePath(of: slug) + ":" + anchor
    }
}
