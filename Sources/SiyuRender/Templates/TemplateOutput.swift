import SiyuCore

/// A page written the way swift-mustache writes a template, for the Swift code equivalent to the built-in
/// templates (`…+HTML.swift`). Only indentation needs care: a partial included on a line of its own (`  {{> x}}`)
/// is rendered with that line's leading whitespace as its indentation, and swift-mustache adds the indentation
/// before each token (a line of template text, or one tag's value) that starts a line — but only within one render:
/// a section's content (each element of a list on its own) and a partial are rendered from an empty string and
/// come back as a single token. So the first line of each list element after the first is not indented, and a
/// value with line breaks inside keeps them as they are (`Template+Render.swift`, `Sequence.swift`).
///
/// Use it as the template reads: `text` for template text, `escaped` for `{{name}}`, `raw` for `{{{name}}}`,
/// `section`/`each` for `{{#name}}`, `partial` for `{{> name}}`. With no indentation (every page's top level) it
/// is plain appending to one string.
struct TemplateOutput {
    private(set) var text = ""
    let indentation: String

    init(indentation: String = "", capacity: Int = 0) {
        self.indentation = indentation
        text.reserveCapacity(capacity)
    }

    /// One token; the indentation goes first if it starts a line (after "\n", but not after a "\r\n" grapheme).
    private mutating func add(_ token: String) {
        guard !token.isEmpty else { return }
        if !indentation.isEmpty, endsLine { text += indentation }
        text += token
    }

    private var endsLine: Bool {
        var bytes = text.utf8.reversed().makeIterator()
        return bytes.next() == UInt8(ascii: "\n") && bytes.next() != UInt8(ascii: "\r")
    }

    /// Template text: one token per line, as the parser splits it.
    mutating func text(_ literal: String) {
        guard !indentation.isEmpty else { text += literal; return }
        var start = literal.utf8.startIndex
        while let newline = literal.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let end = literal.utf8.index(after: newline)
            add(String(literal[start..<end]))
            start = end
        }
        add(String(literal[start...]))
    }

    /// `{{value}}`: escaped as Mustache's `{{ }}` escapes (the same five characters).
    mutating func escaped(_ value: String) {
        add(HTMLEscaping.escape(value))
    }

    /// `{{{value}}}`: HTML this renderer built.
    mutating func raw(_ value: String) {
        add(value)
    }

    /// `{{#flag}}…{{/flag}}` (or `{{^flag}}`, or an object section): the content rendered on its own when `shown`.
    mutating func section(_ shown: Bool = true, _ content: (inout TemplateOutput) -> Void) {
        guard shown else { return }
        nested(extra: "", content)
    }

    /// `{{#list}}…{{/list}}`: each element rendered on its own, together one token.
    mutating func each<Items: Sequence>(_ items: Items, _ content: (inout TemplateOutput, Items.Element) -> Void) {
        guard !indentation.isEmpty else {
            for item in items { content(&self, item) }
            return
        }
        var all = ""
        for item in items {
            var scope = TemplateOutput(indentation: indentation)
            content(&scope, item)
            all += scope.text
        }
        add(all)
    }

    /// `{{> partial}}`; `standalone` is the whitespace before a partial tag alone on its line (written by the
    /// caller as text, as the parser keeps it), which the partial's lines get as extra indentation.
    mutating func partial(standalone indentation: String = "", _ content: (inout TemplateOutput) -> Void) {
        nested(extra: indentation, content)
    }

    private mutating func nested(extra: String, _ content: (inout TemplateOutput) -> Void) {
        if indentation.isEmpty && extra.isEmpty {
            content(&self)
        } else {
            var scope = TemplateOutput(indentation: indentation + extra)
            content(&scope)
            add(scope.text)
        }
    }
}
