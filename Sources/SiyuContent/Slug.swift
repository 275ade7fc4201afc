/// Heading anchors and page slugs that survive Chinese: letters and digits of any script are kept, ASCII is
/// lower-cased, spaces and dashes become `-`, other punctuation goes. `复购 SOP：第一步` → `复购-sop第一步`.
package enum Slug {
    package static func make(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if character == " " || character == "-" || character == "\u{3000}" || character == "_" {
                if !slug.isEmpty && slug.last != "-" { slug.append("-") }
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }

    /// Unique anchors for a page's headings in order: repeats get `-1`, `-2` like GitHub.
    package static func unique(_ texts: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return texts.map { text in
            let base = make(text)
            guard let count = seen[base] else {
                seen[base] = 1
                return base
            }
            seen[base] = count + 1
            return "\(base)-\(count)"
        }
    }
}
