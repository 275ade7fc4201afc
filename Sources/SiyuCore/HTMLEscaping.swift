/// The one HTML escaper: text from data or front matter reaches a page through this function (via SiyuRender's
/// `HTML.escape` and the anchors SiyuContent writes) or through Mustache's `{{ }}`, which escapes the same five.
package enum HTMLEscaping {
    /// Escapes text for element content and double- or single-quoted attribute values.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Whitespace runs collapsed to one space, ends trimmed: snippets and plain text read as one line.
    /// Whitespace is as `Character.isWhitespace` sees it: a white-space scalar together with any combining marks
    /// that cling to it. Scalar by scalar rather than by `Character`: grapheme breaking made this 4% of a
    /// 1,000-playbook build.
    package static func collapseSpaces(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        var inWhitespace = false
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            if scalar.isASCII {
                isSpace = scalar == " " || (0x09...0x0D).contains(scalar.value)
            } else if inWhitespace && (scalar.properties.isGraphemeExtend || scalar.value == 0x200D
                                       || scalar.properties.generalCategory == .spacingMark) {
                continue // part of the whitespace character before it
            } else {
                isSpace = scalar.properties.isWhitespace
            }
            inWhitespace = isSpace
            if isSpace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
