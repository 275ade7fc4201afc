import SiyuCore
/// All escaping in one place. Text from data or front matter reaches a page only through these functions or
/// through Mustache's `{{ }}` (which escapes the same five characters); `{{{ }}}` is reserved for HTML built here.
package enum HTML {
    /// Escapes text for element content and double- or single-quoted attribute values.
    package static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A relative URL built from path segments we generated; each segment is percent-encoded where needed.
    package static func href(_ path: String) -> String {
        escape(path)
    }
}
