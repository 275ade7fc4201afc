#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The URL attributes of cmark's HTML for links and images (`<a href="…"`, `<img src="…"`), found and replaced in
/// document order, for `MarkdownRenderer`'s second set of URLs. In safe mode these openings come only from link
/// and image nodes: text is escaped (`<` as `&lt;`) and raw HTML is omitted; cmark percent-encodes `"` in URLs,
/// so a value ends at the next `"`. Scanned as bytes, `memchr` from one `<` to the next.
enum LinkAttributes {
    private struct Attribute {
        var isImage: Bool
        var start: Int
        var end: Int
    }

    /// The `href` values of the links, or nil unless there are exactly `count`.
    static func values(in html: String, count: Int) -> [String]? {
        var html = html
        return html.withUTF8 { bytes in
            let found = attributes(bytes)
            guard found.count == count else { return nil }
            return found.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self) }
        }
    }

    /// `html` with the `index`-th link or image attribute (in document order) set to `values[index]`, already
    /// escaped. `kinds` says, for each link and image the HTML holds, whether it is an image; nil if the HTML does
    /// not hold exactly those, in that order.
    static func replacing(in html: String, kinds: [Bool], values: [Int: String]) -> String? {
        var copy = html
        let found = copy.withUTF8(attributes)
        guard found.map(\.isImage) == kinds else { return nil }
        // Built from slices of `html` (at ASCII quotes, so on scalar boundaries): no second UTF-8 validation,
        // which was most of this function's cost.
        let utf8 = html.utf8
        func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var result = ""
        result.reserveCapacity(utf8.count + values.values.reduce(0) { $0 + $1.utf8.count })
        var copied = 0
        for (index, attribute) in found.enumerated() {
            guard let value = values[index] else { continue }
            result.append(contentsOf: Substring(utf8[at(copied)..<at(attribute.start)]))
            result += value
            copied = attribute.end
        }
        result.append(contentsOf: Substring(utf8[at(copied)...]))
        return result
    }

    /// Each link or image attribute: whether it is an image's, and where its value starts and ends.
    private static func attributes(_ bytes: UnsafeBufferPointer<UInt8>) -> [Attribute] {
        guard let base = bytes.baseAddress else { return [] }
        var found: [Attribute] = []
        var position = 0
        func follows(_ text: StaticString, at offset: Int) -> Bool {
            offset + text.utf8CodeUnitCount <= bytes.count && memcmp(base + offset, text.utf8Start, text.utf8CodeUnitCount) == 0
        }
        while position < bytes.count, let hit = memchr(base + position, Int32(UInt8(ascii: "<")), bytes.count - position) {
            let open = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            position = open + 1
            let start: Int
            if follows("<a href=\"", at: open) {
                start = open + 9
            } else if follows("<img src=\"", at: open) {
                start = open + 10
            } else {
                continue
            }
            guard start < bytes.count,
                  let quote = memchr(base + start, Int32(UInt8(ascii: "\"")), bytes.count - start) else { break }
            let end = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
            found.append(Attribute(isImage: start == open + 10, start: start, end: end))
            position = end + 1
        }
        return found
    }
}
