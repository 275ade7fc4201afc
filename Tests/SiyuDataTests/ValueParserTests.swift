import Testing
@testable import SiyuData

@Suite struct ValueParserTests {
    let dates = DateTimeParser(clock: .shanghai)
    /// 2025-11-03 14:05:09 in Asia/Shanghai is 06:05:09 UTC: 1762149909.
    let expected: Int64 = 1_762_149_909

    @Test(arguments: ["2025-11-03 14:05:09", "2025-11-03T14:05:09", "2025/11/3 14:05:09", "2025-11-03T06:05:09Z",
                      "2025-11-03T14:05:09+08:00", "2025-11-03T14:05:09+0800", "1762149909", "2025-11-03 14:05:09.250"])
    func dateTimesInEveryForm(_ text: String) {
        #expect(dates.instant(text) == expected)
    }

    @Test func minutesAndDatesAlone() {
        #expect(dates.instant("2025/11/3 14:05") == expected - 9)
        #expect(dates.instant("2025-11-03") == expected - (14 * 3600 + 5 * 60 + 9))
        #expect(dates.day("2025-11-03") == CivilDate.days(year: 2025, month: 11, day: 3))
    }

    @Test(arguments: ["2025-13-01", "2025-02-30", "yesterday", "2025-11-03 25:00", "11/03/2025", "", "2025-11-03 14:05 CST"])
    func badDates(_ text: String) {
        #expect(dates.instant(text) == nil)
    }

    @Test(arguments: [("1234.5", 123_450), ("1,234.50", 123_450), ("¥1,234.50", 123_450), ("￥88", 8800),
                      ("１２８．００", 12_800), ("0.005", 1), ("12", 1200)] as [(String, Int64)])
    func money(_ text: String, _ fen: Int64) {
        #expect(MoneyParser.fen(text) == fen)
    }

    @Test func negativeMoneyOnlyWhenAllowed() {
        #expect(MoneyParser.fen("-12.00") == nil)
        #expect(MoneyParser.fen("-12.00", allowNegative: true) == -1200)
        #expect(MoneyParser.fen("12.3.4") == nil)
        #expect(MoneyParser.fen("abc") == nil)
        #expect(MoneyParser.fen("1,2a") == nil)
    }

    @Test func booleansAndEnums() {
        #expect(BoolParser.parse("已退款") == true)
        #expect(BoolParser.parse("否") == false)
        #expect(BoolParser.parse("maybe") == nil)
        #expect(TouchKind(label: "群发") == .massSend)
        #expect(Direction(label: "收到") == .inbound)
        #expect(Carrier(label: "小程序") == .miniProgram)
        #expect(TagListParser.parse("绿茶；红茶,送礼 | 高端") == ["绿茶", "红茶", "送礼", "高端"])
    }

    @Test func headersMatchAcrossCaseWidthAndSpaces() {
        #expect(HeaderMatcher.normalize("Contact ID") == HeaderMatcher.normalize("contact_id"))
        #expect(HeaderMatcher.normalize("ＣＯＮＴＡＣＴ＿ＩＤ") == "contactid")
    }
}
