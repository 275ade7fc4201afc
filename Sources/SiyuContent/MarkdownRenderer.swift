import CCmarkGFM

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
    }

    package let options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// Renders `markdown`; `rewriteLink` sees each link and image URL and may replace it (nil keeps it).
    package func render(_ markdown: String, rewriteLink: (Link) -> String? = { _ in nil }) -> Output {
        cmark_gfm_core_extensions_ensure_registered()
        var flags = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_GITHUB_PRE_LANG
        if options.unsafeHTML { flags |= CMARK_OPT_UNSAFE }

        guard let parser = cmark_parser_new(flags) else { return Output(html: "", headings: [], text: "") }
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
        guard let document = cmark_parser_finish(parser) else { return Output(html: "", headings: [], text: "") }
        defer { cmark_node_free(document) }

        let (headings, text) = walk(document, rewriteLink: rewriteLink)
        guard let rendered = cmark_render_html(document, flags, cmark_parser_get_syntax_extensions(parser)) else {
            return Output(html: "", headings: headings, text: text)
        }
        defer { free(rendered) }
        return Output(html: String(cString: rendered), headings: headings, text: text)
    }

    /// Collects headings and plain text, and rewrites link URLs in place.
    private func walk(_ document: OpaquePointer, rewriteLink: (Link) -> String?) -> ([Heading], String) {
        guard let iterator = cmark_iter_new(document) else { return ([], "") }
        defer { cmark_iter_free(iterator) }
        var headings: [Heading] = []
        var current: (level: Int, text: String, line: Int)?
        var text = ""
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
                    current = nil
                }
            }
            if event == CMARK_EVENT_EXIT, type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
                || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_ITEM {
                text += " "
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK {
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                current?.text += literal
                text += literal
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) {
                let link = Link(url: String(cString: url), line: Int(cmark_node_get_start_line(node)),
                                column: Int(cmark_node_get_start_column(node)))
                if let replacement = rewriteLink(link) { cmark_node_set_url(node, replacement) }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return (headings, text)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
