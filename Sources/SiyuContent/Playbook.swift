/// One rendered playbook: its metadata, its HTML (with shortcode placeholders still to fill), headings and text.
package struct Playbook: Sendable, Hashable {
    package struct Heading: Sendable, Hashable {
        package var level: Int
        package var text: String
        package var anchor: String
    }

    /// Project-relative path of the Markdown file, for messages: `Content/playbooks/sop/welcome.md`.
    package var sourcePath: String
    /// Path under the playbooks folder without extension: `sop/welcome`. The page is `playbooks/<slug>.html`.
    package var slug: String
    package var frontMatter: FrontMatter
    package var title: String
    package var section: String
    package var html: String
    package var headings: [Heading]
    package var shortcodes: [Shortcode]
    /// Plain text for search.
    package var text: String

    package var order: Int { frontMatter.order ?? Int.max }
    package var outputPath: String { "playbooks/\(slug).html" }
}
