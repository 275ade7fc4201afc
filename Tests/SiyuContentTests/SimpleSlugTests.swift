import Testing
@testable import SiyuContent

/// `Slug.simpleSlug`, the short way for plain Chinese and ASCII headings, against the character-by-character
/// definition (`generalSlug`): every scalar it accepts, alone and between letters, and mixed headings.
@Suite struct SimpleSlugTests {
    static let accepted: [ClosedRange<UInt32>] = [0x00...0x7F, 0x3000...0x3003, 0x3008...0x3011, 0x3014...0x301F,
                                                  0x4E00...0x9FFF, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
                                                  0xFF5B...0xFF5E]

    @Test func everyAcceptedScalarSlugsAsTheDefinitionSays() {
        var checked = 0
        for range in Self.accepted {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let one = String(scalar)
                for text in [one, "a\(one)B", "中\(one)文", " \(one) ", "x-\(one)_y", "\(one)\(one)"] {
                    #expect(Slug.simpleSlug(text) == Slug.generalSlug(text), "U+\(String(value, radix: 16)) in \(text.debugDescription)")
                }
                checked += 1
            }
        }
        #expect(checked > 21_000)
    }

    @Test(arguments: ["复购 SOP：第一步", "第1步：社群激活 step 1", "  -- 话术 -- 模板 __ ", "Q&A（常见问题）", "", "。，",
                      "a\r\nb", "ABC def_GHI-jkl", "《私域》手册 2025 · 第 3 版"])
    func headingsSlugAsTheDefinitionSays(text: String) {
        if let simple = Slug.simpleSlug(text) { #expect(simple == Slug.generalSlug(text)) }
        #expect(Slug.make(text) == Slug.generalSlug(text))
    }

    @Test func otherTextTakesTheGeneralWay() {
        #expect(Slug.simpleSlug("café") == nil)
        #expect(Slug.simpleSlug("한국어") == nil)
        #expect(Slug.make("Ｅ\u{301}ｘ 〆") == Slug.generalSlug("Ｅ\u{301}ｘ 〆"))
    }
}
