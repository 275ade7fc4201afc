import Testing
@testable import SiyuMetrics
@testable import SiyuRender

@Suite struct NumberFormatTests {
    let zh = NumberFormat(language: .zh)
    let en = NumberFormat(language: .en)

    @Test func chineseUnits() {
        #expect(zh.value(1234, unit: .count) == "1,234")
        #expect(zh.value(12_345, unit: .count) == "1.23万")
        #expect(zh.value(123_456_789, unit: .count) == "1.23亿")
        #expect(zh.value(86.666, unit: .money) == "¥86.67")
        #expect(zh.value(45_678, unit: .money) == "¥4.57万")
        #expect(zh.value(0.03125, unit: .rate) == "3.1%")
        #expect(zh.value(nil, unit: .rate) == "—")
        #expect(zh.value(.nan, unit: .count) == "—")
    }

    @Test func englishUnits() {
        #expect(en.value(12_345, unit: .count) == "12,345")
        #expect(en.value(1_234_567, unit: .money) == "¥1.23M")
    }

    @Test func changes() {
        #expect(zh.change(.relative(0.1218)) == "+12.2%")
        #expect(zh.change(.relative(-0.05)) == "−5.0%")
        #expect(en.change(.points(0.012)) == "+1.2 pp")
        #expect(zh.change(.points(-0.012)) == "−1.2个百分点")
        #expect(zh.change(nil) == "—")
    }

    @Test func fixedIsRoundHalfAwayFromZero() {
        #expect(NumberFormat.fixed(2.345, decimals: 2) == "2.35")
        #expect(NumberFormat.fixed(-0.004, decimals: 2) == "0.00")
        #expect(NumberFormat.fixed(-1.5, decimals: 0) == "-2")
    }

    @Test func escapingCoversEveryAttributeContext() {
        #expect(HTML.escape("<a href=\"x\" onclick='y'>&</a>") == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }
}
