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
    package static func collapseSpaces(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
