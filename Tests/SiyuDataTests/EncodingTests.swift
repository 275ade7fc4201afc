import SiyuCore
import Testing
@testable import SiyuData

@Suite struct EncodingTests {
    /// A WeCom-style export with Chinese in every kind of cell.
    static let contacts = """
    客户名称,客户ID,添加人,添加时间,来源,标签
    张三,wm1,小林,2025/11/3 9:05,包裹卡,红茶；绿茶
    李四,wm2,阿青,2025-11-04 10:00,直播间,高端
    王五,wm3,小林,2025-11-05 11:30:15,门店,

    """

    func decode(_ bytes: [UInt8], declared: TextEncoding? = nil) throws(Diagnostic) -> (String, TextEncoding) {
        let text = try TextDecoder.decode(SourceBytes(bytes), path: "t.csv", declared: declared)
        return (String(decoding: UnsafeBufferPointer(rebasing: text.source.buffer[text.range]), as: UTF8.self), text.encoding)
    }

    func failure(_ bytes: [UInt8], declared: TextEncoding? = nil) -> Diagnostic? {
        do {
            _ = try decode(bytes, declared: declared)
            return nil
        } catch {
            return error
        }
    }

    /// The validator's answer, and the Swift scan's, against the standard library's on random bytes around the
    /// edges of UTF-8: lead bytes E0 and ED (overlongs, surrogates), the other three-byte leads, continuation bytes
    /// and ASCII runs long enough for the word-at-a-time paths.
    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var numbers = SeededNumbers(seed: 0xC0FFEE)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        let pieces: [[UInt8]] = [[0xE0], [0xED], [0xE1], [0xEF], [0xF0], [0xF4], [0xC2], [0x80], [0x9F], [0xA0], [0xBF],
                                 Array("客".utf8), Array(String(repeating: "a", count: 40).utf8), Array("ab,".utf8)]
        var disagreements = 0, invalid = 0
        for _ in 0..<20_000 {
            let bytes = (0..<(1 + next(5))).flatMap { _ in pieces[next(pieces.count)] }
            let found = bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset($0) }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            // The Swift scan on its own too: the vector check, where it runs, answers for valid text first.
            if bytes.withUnsafeBufferPointer({ UTF8Validator.scan($0, from: 0, upTo: $0.count).invalidAt }) != found {
                disagreements += 1
            }
            if let offset = found {
                invalid += 1
                // Everything before the first bad byte is well-formed, and the whole is not.
                if valid || String(validating: bytes[..<offset], as: UTF8.self) == nil { disagreements += 1 }
            } else if !valid {
                disagreements += 1
            }
        }
        #expect(disagreements == 0)
        #expect(invalid > 2_000 && invalid < 19_000, "both outcomes are tried: \(invalid) of 20,000 invalid")
    }

    /// The vector check against the standard library on every byte pair and every four bytes drawn from the
    /// values where UTF-8's rules change, placed first, across the end of a 32-byte step and last, in ASCII and in
    /// Chinese text.
    @Test(.enabled(if: [UInt8(0x41)].withUnsafeBufferPointer { UTF8Validator.vectorCheck($0) } != nil, "needs AVX2"))
    func vectorUTF8CheckAgreesWithTheStandardLibrary() {
        let edges: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF,
                              0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        var sequences = (0..<65_536).map { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for a in edges { for b in edges { for c in edges { for d in edges { sequences.append([a, b, c, d]) } } } }
        var disagreements: [[UInt8]] = []
        var valid = 0
        // 30 bytes each: a sequence after them reaches or crosses the end of the first 32-byte step; after an ASCII
        // filler the next step is all ASCII, skipped unless the step before it ended inside a character.
        let fillers = [String(repeating: "a", count: 30), String(repeating: "客", count: 10)].map { Array($0.utf8) }
        for sequence in sequences {
            // Whole characters around a sequence leave its verdict as it is.
            let expected = String(validating: sequence, as: UTF8.self) != nil
            valid += expected ? 1 : 0
            for text in fillers {
                let bytes = text + sequence + text + text
                let end = text.count + sequence.count
                for window in [text.count..<bytes.count, 0..<bytes.count, 0..<end] {
                    let answer = bytes.withUnsafeBufferPointer { UTF8Validator.vectorCheck(UnsafeBufferPointer(rebasing: $0[window])) }
                    if answer != expected, disagreements.count < 5 { disagreements.append(sequence) }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
        #expect(valid > 5_000 && valid < sequences.count - 100_000, "both outcomes are tried: \(valid) of \(sequences.count) valid")
    }

    /// Checking in blocks on all cores finds the same first bad byte as one scan front to back, wherever the
    /// blocks fall: text of 1- to 4-byte characters with bad bytes sprinkled in, cut into blocks of 1 to 17 bytes.
    @Test func blockwiseUTF8CheckFindsTheFirstBadByte() {
        var numbers = SeededNumbers(seed: 0x5EED)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        let characters: [[UInt8]] = ["a", ",", "é", "客", "户", "😀"].map { Array($0.utf8) }
        let bad: [[UInt8]] = [[0x80], [0xBF, 0xBF, 0xBF, 0xBF], [0xE5, 0xAE], [0xF8], [0xC0, 0x80], [0xED, 0xA0, 0x80]]
        var checked = 0
        for round in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<(20 + next(60)) {
                bytes += round % 3 != 0 && next(40) == 0 ? bad[next(bad.count)] : characters[next(characters.count)]
            }
            let expected = bytes.withUnsafeBufferPointer { UTF8Validator.scan($0, from: 0, upTo: $0.count).invalidAt }
            for block in 1...17 {
                #expect(TextDecoder.firstInvalidUTF8(SourceBytes(bytes), from: 0, block: block) == expected,
                        "round \(round), block \(block)")
                checked += expected == nil ? 0 : 1
            }
        }
        #expect(checked > 1000)  // most rounds hold a bad byte somewhere
    }

    @Test func gbkBytesAreWhatExcelWrites() {
        // 张三 in GBK, pinned by hand so the fixture encoder is checked too.
        #expect(Fixtures.gb18030("张三") == [0xD5, 0xC5, 0xC8, 0xFD])
    }

    @Test(arguments: [
        ("UTF-8", Array(contacts.utf8), TextEncoding?.none, TextEncoding.utf8),
        ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(contacts.utf8), nil, .utf8),
        ("GBK, detected", Fixtures.gb18030(contacts), nil, .gb18030),
        ("GB18030, declared", Fixtures.gb18030(contacts), .gb18030, .gb18030),
        ("UTF-16 LE with BOM", Fixtures.utf16(contacts), nil, .utf16LE),
        ("UTF-16 BE with BOM", Fixtures.utf16(contacts, bigEndian: true), nil, .utf16BE),
        ("UTF-16 LE without BOM", Fixtures.utf16(contacts, bom: false), nil, .utf16LE),
        ("UTF-16 LE declared", Fixtures.utf16(contacts, bom: false), .utf16LE, .utf16LE),
    ] as [(String, [UInt8], TextEncoding?, TextEncoding)])
    func everyEncodingGivesTheSameText(_ name: String, _ bytes: [UInt8], _ declared: TextEncoding?, _ expected: TextEncoding) throws {
        let (text, encoding) = try decode(bytes, declared: declared)
        #expect(text == Self.contacts, "\(name)")
        #expect(encoding == expected, "\(name)")
        #expect(!text.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test func gbkWithoutDeclarationReadsLikeItsUTF8Twin() throws {
        let utf8 = Fixtures.inspect([.contacts: Array(Self.contacts.utf8)])
        let gbk = Fixtures.inspect([.contacts: Fixtures.gb18030(Self.contacts)])
        let declared = Fixtures.inspect([.contacts: Fixtures.gb18030(Self.contacts)], encoding: .gb18030)
        #expect(utf8.errors.isEmpty && gbk.errors.isEmpty && declared.errors.isEmpty)
        #expect(utf8.result.dataset.contacts.count == 3)
        #expect(gbk.result.dataset.hasSameRows(as: utf8.result.dataset))
        #expect(declared.result.dataset.hasSameRows(as: utf8.result.dataset))
        #expect(gbk.result.files.first?.encoding == .gb18030)
        #expect(gbk.result.dataset.contacts.first?.tags == ["红茶", "绿茶"])
    }

    @Test func utf16TabSeparatedAsExcelUnicodeTextWrites() throws {
        let text = "客户ID\t添加时间\t来源\nwm1\t2025/11/3 9:05\t包裹卡\nwm2\t2025-11-04 10:00\t直播间\n"
        let inspection = Fixtures.inspect([.contacts: Fixtures.utf16(text)])
        #expect(inspection.errors.isEmpty)
        #expect(inspection.result.files.first?.delimiter == .tab)
        #expect(inspection.result.dataset.contacts.map(\.channel) == ["包裹卡", "直播间"])
    }

    /// Invalid text is an error at its line and column naming the encoding, and the line is shown.
    @Test(arguments: [
        // UTF-8 with Chinese, then a stray 0xFF on line 3: damaged UTF-8.
        ("stray byte in UTF-8", Array("客户ID,添加时间\nwm1,2025-11-03\nwm2,".utf8) + [0xFF] + Array("\n".utf8), TextEncoding?.none,
         3, 5, "not valid UTF-8 (byte 0xFF)", "probably damaged"),
        // A damaged byte before any Chinese in a UTF-8 file: not mistaken for GBK, which would garble the rest.
        // (0xB0 0x78 and every two-character value here are also valid GB18030 pairs.)
        ("stray byte before UTF-8 Chinese", Array("contact_id,added_at,channel\nc1,".utf8) + [0xB0] + Array("x,2025-11-03,门店\nc2,2025-11-03,直播\n".utf8),
         nil, 2, 4, "not valid UTF-8 (byte 0xB0)", "probably damaged"),
        // GBK, then a lead byte followed by a newline on line 3.
        ("bad pair in GBK", Fixtures.gb18030("客户ID,添加时间\nwm1,2025-11-03\n张三") + [0x81, 0x0A], nil,
         3, 3, "not valid GB18030/GBK", "reads as GB18030/GBK"),
        // Neither UTF-8 nor GB18030: 0xFF opens no character in either.
        ("neither", Array("contact_id,added_at\nc1,x".utf8) + [0xFF, 0xFF] + Array("\n".utf8), nil,
         2, 5, "not valid UTF-8", "neither UTF-8 nor GB18030"),
        // Declared GB18030, but the file is UTF-8 with a 0xFF.
        ("declared GB18030", Array("客户ID\nwm1".utf8) + [0xFF], .gb18030, 2, 4, "not valid GB18030/GBK", "siyu.yml says GB18030/GBK"),
        // Declared UTF-8, but the file is GBK.
        ("declared UTF-8", Fixtures.gb18030("客户ID\n张三\n"), .utf8, 1, 1, "not valid UTF-8", "looks like GB18030/GBK"),
        // UTF-16 with an unpaired surrogate on line 2.
        ("lone surrogate", Fixtures.utf16("a\nbc") + [0x00, 0xD8, 0x41, 0x00], nil, 2, 3, "not valid UTF-16 LE", "byte-order mark says"),
        // UTF-16 cut in the middle of a character.
        ("odd length", Fixtures.utf16("a\nb") + [0x41], nil, 2, 2, "ends in the middle of a UTF-16 LE character", "byte-order mark"),
    ] as [(String, [UInt8], TextEncoding?, Int, Int, String, String)])
    func invalidTextIsLocated(_ name: String, _ bytes: [UInt8], _ declared: TextEncoding?, _ line: Int, _ column: Int,
                              _ message: String, _ hint: String) throws {
        let diagnostic = try #require(failure(bytes, declared: declared), "\(name)")
        #expect(diagnostic.location == SourceLocation(file: "t.csv", line: line, column: column), "\(name)")
        #expect(diagnostic.message.contains(message), "\(name): \(diagnostic.message)")
        #expect(diagnostic.hint?.contains(hint) == true, "\(name): \(diagnostic.hint ?? "")")
        #expect(diagnostic.sourceLine != nil, "\(name)")
    }

    @Test func invalidUTF8AtAKnownLineThroughTheReader() {
        var bytes = Array("contact_id,added_at,channel\nc1,2025-11-03,门店\nc2,2025-11-04,门店\n".utf8)
        bytes += Array("c3,2025-11-05,门".utf8) + [0xE5, 0x0A]  // a three-byte character cut short
        let found = Fixtures.errors(bytes)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: Fixtures.path, line: 4, column: 16))
        #expect(found.first?.description.contains("c3,2025-11-05,门") == true)
    }

    @Test func byteOrderMarkWinsOverADeclarationWithAWarning() throws {
        let inspection = Fixtures.inspect([.contacts: [0xEF, 0xBB, 0xBF] + Array("contact_id,added_at\nc1,2025-11-03\n".utf8)],
                                          encoding: .gb18030)
        #expect(inspection.errors.isEmpty)
        #expect(inspection.result.dataset.contacts.map(\.id) == ["c1"])
        #expect(inspection.result.warnings.contains { $0.message.contains("byte-order mark") })
    }

    @Test func gbkCharacterAcrossTheTranscodingChunkBoundaryIsKept() throws {
        // The transcoder works in 16 MiB steps; put a two-byte character across the first boundary.
        let header = Array("contact_id,added_at,channel\n".utf8)
        let filler = (1 << 24) - header.count - 1
        var bytes = header + [UInt8](repeating: UInt8(ascii: "x"), count: filler)
        bytes += Fixtures.gb18030("张\n")
        let (text, encoding) = try decode(bytes)
        #expect(encoding == .gb18030)
        #expect(text.hasSuffix("x张\n"))
    }

    @Test(arguments: [("gbk", TextEncoding.gb18030), ("GB2312", .gb18030), ("UTF-8-SIG", .utf8), ("utf_16le", .utf16LE),
                      ("unicode", .utf16LE), ("UTF-16BE", .utf16BE)])
    func encodingNames(_ name: String, _ encoding: TextEncoding) {
        #expect(TextEncoding(name: name) == encoding)
    }
}
