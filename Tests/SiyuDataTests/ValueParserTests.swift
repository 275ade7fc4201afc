import Testing
@testable import SiyuData

@Suite struct ValueParserTests {
    let dates = DateTimeParser(clock: .shanghai)
    /// 2025-11-03 14:05:09 in Asia/Shanghai is 06:05:09 UTC: 1762149909.
    let expected: Int64 = 1_762_149_909

    @Test(arguments: ["2025-11-03 14:05:09", "2025-11-03T14:05:09", "2025/11/3 14:05:09", "2025-11-03T06:05:09Z",
                      "2025-11-03T14:05:09+08:00", "2025-11-03T14:05:09+0800", "1762149909", "2025-11-03 14:05:09.250",
                      "1762149909250", "2025-11-03 14:05:09 +08:00", "2025-11-03T08:05:09+02:00", "2025-11-03T01:05:09-05:00"])
    func dateTimesInEveryForm(_ text: String) {
        #expect(dates.instant(text) == expected)
    }

    @Test func minutesAndDatesAlone() {
        #expect(dates.instant("2025/11/3 14:05") == expected - 9)
        #expect(dates.instant("2025-11-03 14:05") == expected - 9)
        #expect(dates.instant("2025/11/03 9:05") == expected - 9 - 5 * 3600)
        #expect(dates.instant("2025-11-03") == expected - (14 * 3600 + 5 * 60 + 9))
        #expect(dates.day("2025-11-03") == CivilDate.days(year: 2025, month: 11, day: 3))
        #expect(dates.day("2025/11/3") == CivilDate.days(year: 2025, month: 11, day: 3))
        #expect(dates.day("2025-11-03 00:00") == CivilDate.days(year: 2025, month: 11, day: 3))
    }

    @Test(arguments: ["2025-13-01", "2025-02-30", "yesterday", "2025-11-03 25:00", "11/03/2025", "", "2025-11-03 14:05 CST",
                      "176214990", "45964", "2025-11-03T14:05:09+15:00", "2025-11-3x", "2025年11月3日"])
    func badDates(_ text: String) {
        #expect(dates.instant(text) == nil)
    }

    /// The fixed-position fast path for `yyyy-MM-dd HH:mm:ss` agrees with the general scanner, which reads the
    /// same text with two spaces, and refuses what the scanner refuses.
    @Test(arguments: ["2024-02-29 23:59:59", "1900-01-01 00:00:00", "2200-12-31 12:30:01", "1999-12-31T23:59:59",
                      "2025-03-09 02:30:00"])
    func plainDateTimesMatchTheScanner(_ text: String) {
        let scanned = dates.instant(text.replacingOccurrences(of: " ", with: "  ").replacingOccurrences(of: "T", with: "  "))
        #expect(scanned != nil)
        #expect(dates.instant(text) == scanned)
    }

    /// The word-at-a-time checks of the fast path against the scanner on near misses: one or two bytes of a valid
    /// date and time replaced by digits, separators or bytes just outside the digits (`:` and `;` share the digits'
    /// high nibble). Whatever the fast path accepts must be what the scanner makes of it.
    @Test func nearMissPlainDateTimesMatchTheScanner() {
        let replacements = Array("0123456789:;/-?°").map(String.init)
        var numbers = SeededNumbers(seed: 0xDA7E)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        var differing = 0, accepted = 0
        for _ in 0..<20_000 {
            var characters = Array("2024-02-29 23:59:59").map(String.init)
            for _ in 0..<(1 + next(2)) { characters[next(characters.count)] = replacements[next(replacements.count)] }
            let text = characters.joined()
            let scanned = dates.instant(text.replacingOccurrences(of: " ", with: "  "))
            if dates.instant(text) != scanned { differing += 1 }
            if scanned != nil { accepted += 1 }
        }
        #expect(differing == 0)
        #expect(accepted > 1_000)
    }

    @Test(arguments: ["2025-02-29 10:00:00", "2025-11-03 24:00:00", "2025-11-03 14:60:00", "2025-11-03 14:05:60",
                      "2025-11-0a 14:05:09", "1899-12-31 23:59:59", "2025-00-10 10:00:00", "2025-11-00 10:00:00",
                      "2025-11-03x14:05:09", "2025-11-03 14-05-09"])
    func badPlainDateTimes(_ text: String) {
        #expect(dates.instant(text) == nil)
    }

    @Test(arguments: ["2025-11-03 10:00", "1762149909", "20251103", "2025-11"])
    func badDays(_ text: String) {
        #expect(dates.day(text) == nil)
    }

    @Test(arguments: [
        ("45964", CivilDate.days(year: 2025, month: 11, day: 3), Int64(0)),
        ("45964.5", CivilDate.days(year: 2025, month: 11, day: 3), 43_200),
        ("45964.586909722222", CivilDate.days(year: 2025, month: 11, day: 3), 14 * 3600 + 5 * 60 + 9),
        ("25569", 0, 0),
        ("45964.99999999", CivilDate.days(year: 2025, month: 11, day: 4), 0),  // rounds up to the next midnight
    ] as [(String, Int64, Int64)])
    func excelSerials(_ text: String, _ day: Int64, _ second: Int64) {
        var text = text
        let parsed = text.withUTF8 { ExcelSerial.parse($0) }
        #expect(parsed?.day == day)
        #expect(parsed?.second == second)
    }

    @Test(arguments: ["12", "1762149909", "45964.", "4596a", "-45964", "99999", "45964.5.1", ""])
    func notExcelSerials(_ text: String) {
        var text = text
        #expect(text.withUTF8 { ExcelSerial.isSerial($0) } == false)
    }

    @Test(arguments: [("1234.5", 123_450), ("1,234.50", 123_450), ("¥1,234.50", 123_450), ("￥88", 8800),
                      ("１２８．００", 12_800), ("0.005", 1), ("12", 1200), ("1,234,567", 123_456_700), ("88元", 8800),
                      ("¥ 1,234.50", 123_450), ("128.00 元", 12_800), ("+5", 500), (".5", 50), ("１，２３４", 123_400),
                      ("0.994", 99), ("0.995", 100),
                      // Plain amounts, read by the fast path, and its edges.
                      ("0", 0), ("007.5", 750), ("12.", 1200), ("12.3", 1230), ("12.34", 1234), ("999999999999.99", 99_999_999_999_999),
                      ("1234567890123", 123_456_789_012_300), ("12.345", 1235)] as [(String, Int64)])
    func money(_ text: String, _ fen: Int64) {
        #expect(MoneyParser.fen(text) == fen)
    }

    @Test(arguments: ["12.3a", "12.a", "12..", "12.3 4", "-12.00", "12.3.4", "abc", "1,2a", "12,5", "1,23", "1234,567", ",123", "¥", "", "12 34", "元12",
                      "1e5", "12¥", "--1", "1,234,56"])
    func notMoney(_ text: String) {
        #expect(MoneyParser.fen(text) == nil)
    }

    @Test func negativeMoneyOnlyWhenAllowed() {
        #expect(MoneyParser.fen("-12.00", allowNegative: true) == -1200)
        #expect(MoneyParser.fen("－¥12", allowNegative: true) == -1200)
        #expect(MoneyParser.fen("¥-12", allowNegative: true) == -1200)
    }

    @Test(arguments: [("已退款", true), ("是", true), ("1", true), ("TRUE", true), ("Y", true), ("yes", true),
                      ("否", false), ("0", false), ("false", false), ("N", false), ("未退款", false), ("", false)])
    func booleans(_ text: String, _ value: Bool) {
        #expect(BoolParser.parse(text) == value)
    }

    @Test(arguments: ["maybe", "2", "部分退款"])
    func notBooleans(_ text: String) {
        #expect(BoolParser.parse(text) == nil)
    }

    @Test func enumsWithChineseLabels() {
        #expect(TouchKind(label: "群发") == .massSend)
        #expect(TouchKind(label: "私聊") == .privateChat)
        #expect(TouchKind(label: "朋友圈") == .moment)
        #expect(TouchKind(label: "群消息") == .groupMessage)
        #expect(TouchKind(label: "Mass_Send") == .massSend)
        #expect(TouchKind(label: "电话") == nil)
        #expect(Direction(label: "收到") == .inbound)
        #expect(Direction(label: "发出") == .outbound)
        #expect(Direction(label: "OUT") == .outbound)
        #expect(Carrier(label: "小程序") == .miniProgram)
        #expect(Carrier(label: "公众号") == .officialAccount)
        #expect(Carrier(label: "抖音") == nil)
    }

    /// The hand-written `==` and `!=` (Enums.swift) must know every case: one left out would differ from itself.
    @Test func handWrittenEqualityKnowsEveryCase() {
        for (i, left) in TouchKind.allCases.enumerated() {
            for (j, right) in TouchKind.allCases.enumerated() {
                #expect((left == right) == (i == j))
                #expect((left != right) == (i != j))
            }
        }
        for (i, left) in Direction.allCases.enumerated() {
            for (j, right) in Direction.allCases.enumerated() {
                #expect((left == right) == (i == j))
                #expect((left != right) == (i != j))
            }
        }
    }

    @Test(arguments: [("绿茶；红茶,送礼 | 高端", ["绿茶", "红茶", "送礼", "高端"]), ("a;;b", ["a", "b"]), ("", []),
                      ("　VIP　，新客", ["VIP", "新客"])])
    func tagLists(_ text: String, _ tags: [String]) {
        #expect(TagListParser.parse(text) == tags)
    }
}

/// The word-at-a-time label matcher against the rule it implements: ASCII letters fold to lower case, every
/// other byte must be equal.
@Suite struct LabelMatcherTests {
    @Test func matchesLabelsAsFoldingByteByByteWould() {
        let alphabet = Array("aZz_@`[{Ab-".utf8) + Array("群发".utf8)
        var numbers = SeededNumbers(seed: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        func word(_ length: Int) -> [UInt8] { (0..<length).map { _ in alphabet[next(alphabet.count)] } }
        func folded(_ bytes: [UInt8]) -> [UInt8] { bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        var mismatches = 0, matches = 0
        for _ in 0..<300 {
            let labels = (0..<6).map { index in (String(decoding: folded(word(1 + next(20))), as: UTF8.self), index) }
            let matcher = LabelMatcher(labels)
            for _ in 0..<40 {
                // Half the cells are a label with its letters' case flipped at random, so matches are tested too.
                var cell = word(next(21))
                if next(2) == 0 {
                    cell = Array(labels[next(labels.count)].0.utf8).map { byte in
                        byte >= 0x61 && byte <= 0x7A && next(2) == 0 ? byte ^ 0x20 : byte
                    }
                }
                let expected = labels.first { Array($0.0.utf8) == folded(cell) }?.1
                let found = cell.withUnsafeBufferPointer { matcher.match($0) }
                if found != expected { mismatches += 1 }
                if expected != nil { matches += 1 }
            }
        }
        #expect(mismatches == 0)
        #expect(matches > 3_000)
    }
}
