import SiyuCore
/// The readable text of a raw HTML fragment, for search: tags dropped, `<script>`/`<style>` contents skipped,
/// common entities decoded, whitespace collapsed. A linear scan, not a parser: good enough to index imported
/// articles (Hexo exports carry whole bodies as HTML), never used to produce HTML.
package enum HTMLText {
    package static func plainText(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        var skippingUntil: String?
        while let open = rest.firstIndex(of: "<") {
            if skippingUntil == nil { result += decodeEntities(rest[..<open]) }
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[rest.endIndex...]
                break
            }
            let tag = rest[rest.index(after: open)..<close].lowercased()
            let name = String(tag.prefix { $0.isLetter || $0 == "/" })
            if let ending = skippingUntil {
                if name == ending { skippingUntil = nil }
            } else if name == "script" || name == "style" {
                skippingUntil = "/" + name
            }
            result += " "
            rest = rest[rest.index(after: close)...]
        }
        if skippingUntil == nil { result += decodeEntities(rest) }
        return collapseSpaces(result)
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "#39": "'", "nbsp": " ",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "hellip": "…",
    ]

    private static func decodeEntities(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest.index(after: amp)
            if let semicolon = rest[after...].prefix(10).firstIndex(of: ";") {
                let name = String(rest[after..<semicolon])
                if let decoded = entities[name] ?? numericEntity(name) {
                    result += decoded
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = rest[after...]
        }
        return result + rest
    }

    private static func numericEntity(_ name: String) -> String? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    private static func collapseSpaces(_ text: String) -> String { HTMLEscaping.collapseSpaces(text) }
}
