/// The one HTML escaper: text from data or front matter reaches a page through this function (via SiyuRender's
/// `HTML.escape` and the anchors SiyuContent writes) or through Mustache's `{{ }}`, which escapes the same five.
package enum HTMLEscaping {
    /// Escapes text for element content and double- or single-quoted attribute values.
    ///
    /// Over the UTF-8 bytes (the five are ASCII, so a byte equal to one is that character), and text with none
    /// of them, most of it, comes back as it is, without a copy. Scalar by scalar, appending to a new string, this
    /// was 0.66 G of the 8.5 G instructions of a 1,000-playbook build (callgrind).
    package static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard var index = utf8.firstIndex(where: needsEscaping) else { return text }
        var result = ""
        result.reserveCapacity(utf8.count + 32)
        var copied = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if needsEscaping(byte) {
                // Appended as UTF-8: `text[copied..<index]` would round to Character boundaries, and an escaped
                // quote can carry a combining mark.
                result.append(contentsOf: Substring(utf8[copied..<index]))
                switch byte {
                case UInt8(ascii: "&"): result += "&amp;"
                case UInt8(ascii: "<"): result += "&lt;"
                case UInt8(ascii: ">"): result += "&gt;"
                case UInt8(ascii: "\""): result += "&quot;"
                default: result += "&#39;"
                }
                copied = utf8.index(after: index)
            }
            utf8.formIndex(after: &index)
        }
        result.append(contentsOf: Substring(utf8[copied...]))
        return result
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
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
