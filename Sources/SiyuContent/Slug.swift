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

    /// Unique anchors for a page's headings in order: repeats get `-1`, `-2` like GitHub, skipping any suffix
    /// another heading already took (`话术`, `话术`, `话术-1` → `话术`, `话术-1`, `话术-1-1`).
    package static func unique(_ texts: [String]) -> [String] {
        var used: Set<String> = []
        var next: [String: Int] = [:]
        return texts.map { text in
            let base = make(text)
            var candidate = base
            while used.contains(candidate) {
                let count = next[base, default: 1]
                next[base] = count + 1
                candidate = "\(base)-\(count)"
            }
            used.insert(candidate)
            return candidate
        }
    }
}
