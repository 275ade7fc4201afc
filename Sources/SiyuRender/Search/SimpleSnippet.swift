/// `SearchIndexBuilder.snippet` for text made only of ASCII, whitespace, CJK ideographs and CJK and full-width
/// punctuation: nearly every playbook. There each scalar is a character of its own (but "\r\n", which compacting
/// turns into a space anyway), so the first `cap` characters of the compacted text are its first `cap` scalars,
/// found in one pass over the bytes that stops there. Counting and cutting by `Character` (grapheme breaking) and
/// looking up each scalar's Unicode properties made snippets 3% of a 10,000-playbook build and a quarter of a
/// 1,000-playbook one's search index. `SearchIndexTests.simpleSnippetsMatchTheGeneralOnes` compares the two.
enum SimpleSnippet {
    /// The snippet, or nil when the text holds any other scalar (the general code handles it).
    static func snippet(_ text: String, cap: Int) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, cap < Int.max / 4 ? cap * 4 : Int.max))
        var count = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x3000: isSpace = true
            // No combining marks here (U+302A–302F are), so nothing joins the character before it.
            case 0x21...0x7E, 0x3001...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
                isSpace = false
            default: return nil
            }
            // Checked after the scalar past the last one kept: it could have joined that one's character.
            if count == cap { break }
            if isSpace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                out.append(UInt8(ascii: " "))
                count += 1
                pendingSpace = false
                if count == cap { continue }
            }
            out.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
            count += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
