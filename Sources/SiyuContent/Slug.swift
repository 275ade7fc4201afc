/// Heading anchors and page slugs that survive Chinese: letters and digits of any script are kept, ASCII is
/// lower-cased, spaces and dashes become `-`, other punctuation goes. `复购 SOP：第一步` → `复购-sop第一步`.
package enum Slug {
    package static func make(_ text: String) -> String {
        simpleSlug(text) ?? generalSlug(text)
    }

    /// `make` for text of ASCII, CJK unified ideographs and common CJK and full-width punctuation, nearly every
    /// heading: there each scalar is a character of its own, a letter or digit only if it is an ASCII one or an
    /// ideograph, and lower-casing changes ASCII only. One pass over the scalars instead of lower-casing a copy and
    /// looking up each character's properties (1.3 G of the 48.6 G instructions of a 10,000-playbook build).
    /// Nil for any other scalar. `SimpleSlugTests` holds it to `generalSlug` for every scalar it accepts.
    static func simpleSlug(_ text: String) -> String? {
        var slug = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A, 0x4E00...0x9FFF:
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(scalar)
            case 0x41...0x5A:
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
            case 0x20, 0x2D, 0x5F, 0x3000:
                pendingDash = true
            case 0x00...0x7F, 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0xFF01...0xFF0F, 0xFF1A...0xFF20,
                 0xFF3B...0xFF40, 0xFF5B...0xFF5E:
                continue // punctuation, symbols and controls: dropped, and no dash
            default:
                return nil
            }
        }
        return slug.isEmpty ? "section" : String(slug)
    }

    /// `make`, character by character.
    static func generalSlug(_ text: String) -> String {
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
