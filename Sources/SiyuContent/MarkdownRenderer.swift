import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown to HTML through the system cmark-gfm. Every cmark call lives in this file: it frees
/// what it allocates and hands back plain Swift values.
package struct MarkdownRenderer: Sendable {
    package struct Options: Sendable {
        /// Keep raw HTML (trusted projects only); the tagfilter extension still disarms `<script>` and friends.
        package var unsafeHTML = false

        package init(unsafeHTML: Bool = false) {
            self.unsafeHTML = unsafeHTML
        }
    }

    package struct Heading: Sendable, Hashable {
        package var level: Int
        package var text: String
        package var line: Int
    }

    package struct Link: Sendable, Hashable {
        package var url: String
        package var line: Int
        package var column: Int
    }

    package struct Output: Sendable {
        package var html: String
        package var headings: [Heading]
        /// Plain text of the document, for the search index.
        package var text: String
        /// Plain text split at headings: `segments[0]` comes before the first heading, `segments[i + 1]` after
        /// `headings[i]` (heading text itself excluded). Always `headings.count + 1` long.
        package var segments: [String]
        /// The document rendered a second time with `alternateLink`'s URLs, when one was given.
        package var alternateHTML: String?

        static let empty = Output(html: "", headings: [], text: "", segments: [""])
    }

    /// The linked library's version, such as `0.29.0.gfm.6`.
    package static var libraryVersion: String {
        guard let version = cmark_version_string() else { return "unknown" }
        return String(cString: version)
    }

    package let options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// Renders `markdown`; `rewriteLink` sees each link and image URL and may replace it (nil keeps it).
    /// `alternateLink`, if given, gives the same document with other URLs (the print edition's) as `alternateHTML`,
    /// from the same parse: parsing is where slow inputs hurt, so it is done once.
    /// Registers cmark-gfm's extensions, once per process. cmark-gfm's own check is a plain static flag: two
    /// threads rendering their first page together could both register, renumbering the table node types under
    /// a parse in flight (a crash in the table renderer, seen when tests rendered on several threads). A static
    /// `let` is initialised exactly once, whichever thread gets there first.
    package static func registerExtensions() {
        _ = registration
    }

    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()
    private static let inlinePass = NSLock()

    /// `finish` rewrites cmark's HTML (both versions) before it is returned; it must leave every `<a href="…"` and
    /// `<img src="…"` as it is and add none, so that the second version can still be made from the first.
    package func render(_ markdown: String, rewriteLink: (Link) -> String? = { _ in nil },
                        alternateLink: ((Link) -> String?)? = nil, finish: (String) -> String = { $0 }) -> Output {
        Self.registerExtensions()
        // Not CMARK_OPT_GITHUB_PRE_LANG: it writes the fence's info string as `<pre lang="…">`, and `lang` names a
        // human language (the W3C checker rejects `lang="javascript"`); `<code class="language-…">` is the standard.
        var flags = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if options.unsafeHTML { flags |= CMARK_OPT_UNSAFE }

        guard let parser = cmark_parser_new(flags) else { return .empty }
        defer { cmark_parser_free(parser) }
        var extensionNames = ["table", "strikethrough", "autolink", "tasklist"]
        if options.unsafeHTML { extensionNames.append("tagfilter") }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { cmark_parser_feed(parser, base, buffer.count - 1) }
        }
        // cmark-gfm 0.29 keeps the inline parser's extension characters (`~`, and `:` and `w` for autolinks) in a
        // global table that every parser fills when its inline pass starts and clears when it ends: pages finishing
        // together lost each other's strikethrough and links. The inline pass, inside `finish`, is one at a time;
        // block parsing and rendering still run on every core.
        guard let document = Self.inlinePass.withLock({ cmark_parser_finish(parser) }) else { return .empty }
        defer { cmark_node_free(document) }

        var links: [LinkNode] = []
        var output = walk(document, rewriteLink: rewriteLink, links: &links)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        output.html = finish(Self.html(document, flags, extensions) ?? "")
        if let alternateLink {
            output.alternateHTML = alternateHTML(output.html, links: links, flags: flags, alternateLink: alternateLink) {
                for (entry, url) in zip(links, $0) { cmark_node_set_url(entry.node, url) }
                return finish(Self.html(document, flags, extensions) ?? "")
            }
        }
        return output
    }

    /// A link or image node as `walk` found it: its URL on the page, and whether the HTML shows that URL (not
    /// for one inside an image's description, which cmark writes out as the image's plain-text `alt`).
    private struct LinkNode {
        var node: OpaquePointer
        var link: Link
        var pageURL: String
        var isImage: Bool
        var rendered: Bool
    }

    /// The page's HTML with `alternateLink`'s URLs. The two differ only in the `href` (or `src`) of links whose
    /// URL changes, so the page's HTML is reused with those values replaced, each escaped by cmark itself
    /// (`escapedURLs`): at N=1,000 (3,000 links between playbooks) 32 M instructions, where rendering every page
    /// again was 91 M in cmark plus reading its output back. Safe mode only: with raw HTML kept, an `<a href="`
    /// in the output may not be a link node; then, or if the HTML is not as expected, `renderAgain` renders the
    /// document again. `AlternateLinksTests` holds the two ways to the same bytes.
    private func alternateHTML(_ html: String, links: [LinkNode], flags: Int32, alternateLink: (Link) -> String?,
                               renderAgain: ([String]) -> String) -> String {
        let alternates = links.map { alternateLink($0.link) ?? $0.link.url }
        let rendered = links.indices.filter { links[$0].rendered }
        let changed = rendered.filter { alternates[$0] != links[$0].pageURL }
        if changed.isEmpty { return html }
        if !options.unsafeHTML, let escaped = Self.escapedURLs(changed.map { alternates[$0] }, flags: flags) {
            let values = Dictionary(uniqueKeysWithValues: zip(changed.map { rendered.firstIndex(of: $0) ?? -1 }, escaped))
            if let derived = LinkAttributes.replacing(in: html, kinds: rendered.map { links[$0].isImage }, values: values) {
                return derived
            }
        }
        return renderAgain(alternates)
    }

    /// URLs as cmark writes them in an `href` (percent-encoded, `&` and `'` as entities, unsafe schemes emptied),
    /// from a document of bare links rendered with the same options; nil if that fails.
    private static func escapedURLs(_ urls: [String], flags: Int32) -> [String]? {
        guard let document = cmark_node_new(CMARK_NODE_DOCUMENT) else { return nil }
        defer { cmark_node_free(document) }
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return nil }
        guard cmark_node_append_child(document, paragraph) == 1 else { cmark_node_free(paragraph); return nil }
        for url in urls {
            guard let link = cmark_node_new(CMARK_NODE_LINK) else { return nil }
            guard cmark_node_append_child(paragraph, link) == 1 else { cmark_node_free(link); return nil }
            guard cmark_node_set_url(link, url) == 1 else { return nil }
        }
        guard let html = Self.html(document, flags, nil) else { return nil }
        return LinkAttributes.values(in: html, count: urls.count)
    }

    private static func html(_ document: OpaquePointer, _ flags: Int32, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> String? {
        guard let rendered = cmark_render_html(document, flags, extensions) else { return nil }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Collects headings and plain text, and rewrites link URLs in place.
    private func walk(_ document: OpaquePointer, rewriteLink: (Link) -> String?, links: inout [LinkNode]) -> Output {
        guard let iterator = cmark_iter_new(document) else { return .empty }
        defer { cmark_iter_free(iterator) }
        var headings: [Heading] = []
        var current: (level: Int, text: String, line: Int)?
        var segments = [""]
        var imageDepth = 0
        func append(_ piece: String) {
            if current != nil { current?.text += piece } else { segments[segments.count - 1] += piece }
        }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                if event == CMARK_EVENT_ENTER {
                    current = (Int(cmark_node_get_heading_level(node)), "", Int(cmark_node_get_start_line(node)))
                } else if let heading = current {
                    headings.append(Heading(level: heading.level, text: heading.text, line: heading.line))
                    segments.append("")
                    current = nil
                }
                continue
            }
            // Every block (paragraph, item, table cell …) ends with a space, so words of neighbours never run together.
            if event == CMARK_EVENT_EXIT, type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                append(" ")
            }
            if event == CMARK_EVENT_EXIT, type == CMARK_NODE_IMAGE { imageDepth -= 1 }
            guard event == CMARK_EVENT_ENTER else { continue }
            defer { if type == CMARK_NODE_IMAGE { imageDepth += 1 } }
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK {
                append(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")
            } else if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                // Raw HTML reaches the page only when the project allows it; only then is its text searchable.
                if options.unsafeHTML, let literal = cmark_node_get_literal(node) {
                    append(HTMLText.plainText(String(cString: literal)))
                }
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) {
                let link = Link(url: String(cString: url), line: Int(cmark_node_get_start_line(node)),
                                column: Int(cmark_node_get_start_column(node)))
                let replacement = rewriteLink(link)
                if let replacement { cmark_node_set_url(node, replacement) }
                links.append(LinkNode(node: node, link: link, pageURL: replacement ?? link.url, isImage: type == CMARK_NODE_IMAGE,
                                      rendered: imageDepth == 0))
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                append(" ")
            }
        }
        let text = zip(segments, [""] + headings.map(\.text)).map { $1.isEmpty ? $0 : $1 + " " + $0 }.joined()
        return Output(html: "", headings: headings, text: text, segments: segments)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
