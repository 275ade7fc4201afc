import SiyuCore
import Testing

/// `HTMLEscaping.escape` (over bytes, text without markup returned as it is) against the plain definition: each of
/// the five characters replaced, every other scalar kept, whatever follows it.
@Suite struct EscapingTests {
    static func reference(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test(arguments: ["", "plain", "中文没有标记", "a & b", "<b>门店</b>", "\"\u{301}引号带组合符\"\u{301}", "'\u{20DD}x'",
                      "&&<<>>\"\"''", "末尾<", ">开头", "e\u{301}<\u{301}>\u{301}&\u{301}", "👩‍👩‍👧<x>🇨🇳'", "\r\n<\r\n>", "\u{0}<\u{0}"])
    func escapingMatchesTheDefinition(text: String) {
        let escaped = HTMLEscaping.escape(text)
        #expect(Array(escaped.utf8) == Array(Self.reference(text).utf8))
    }
}
