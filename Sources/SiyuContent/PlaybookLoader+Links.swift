import SiyuCore
import Foundation

/// Link targets, relative paths between pages, and heading ids in cmark's HTML.
extension PlaybookLoader {
    /// For a link to another playbook (`../sop/welcome.md#step`) or an anchor on this page (`#step`):
    /// the target slug (nil for this page) and the anchor. Nil for external and non-Markdown links.
    static func internalTarget(_ url: String, folder: String) -> (String?, String)? {
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let rawAnchor = parts.count > 1 ? String(parts[1]) : ""
        let anchor = percentDecoded(rawAnchor)
        if path.isEmpty { return anchor.isEmpty ? nil : (nil, anchor) }
        guard !path.contains(":"), !path.hasPrefix("/"), path.hasSuffix(".md") else { return nil }
        let decoded = percentDecoded(path)
        var components = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for component in decoded.dropLast(3).split(separator: "/") {
            if component == ".." {
                if components.isEmpty { return ("../" + decoded, anchor) } // escapes the handbook: reported as missing
                components.removeLast()
            } else if component != "." {
                components.append(String(component))
            }
        }
        return (components.joined(separator: "/"), anchor)
    }

    /// `text` with its percent-escapes decoded (as itself when they are not valid UTF-8). Text without a `%` is
    /// returned as it is: Foundation's decoding cost 7 µs a call even then, 0.8 G of the 48.6 G instructions of
    /// a 10,000-playbook build.
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    /// Relative path between two pages' folders, e.g. from `sop` to `strategy/goals` → `../strategy/goals`.
    static func relativePath(from folder: String, to page: String) -> String {
        let from = folder.split(separator: "/")
        let to = page.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }

    /// cmark writes `<h2>`; give each heading its id (its anchor, or `id(anchor)`), in document order.
    static func addAnchors(_ html: String, _ headings: [Playbook.Heading],
                           id: (String) -> String = { $0 }) -> String {
        var result = ""
        var rest = html[...]
        for heading in headings {
            let tag = "<h\(heading.level)>"
            guard let range = rest.utf8Range(of: tag) else { break }
            result += rest[..<range.lowerBound]
            result += "<h\(heading.level) id=\"\(HTMLAttribute.escape(id(heading.anchor)))\">"
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// Takes one heading (with the id it was given) out of the HTML.
    static func removeHeading(_ heading: Playbook.Heading, id: String, from html: String) -> String {
        let open = "<h\(heading.level) id=\"\(HTMLAttribute.escape(id))\">"
        let close = "</h\(heading.level)>"
        guard let start = html.utf8Range(of: open), let end = html.utf8Range(of: close, from: start.upperBound) else { return html }
        var tail = html[end.upperBound...]
        if tail.hasPrefix("\n") { tail = tail.dropFirst() }
        return String(html[..<start.lowerBound]) + tail
    }
}

/// Attribute escaping for the ids this module writes: the shared escaper.
enum HTMLAttribute {
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
