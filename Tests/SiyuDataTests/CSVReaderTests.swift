import Testing
@testable import SiyuData

@Suite struct CSVReaderTests {
    func records(_ text: String, delimiter: UInt8 = .comma) throws -> [[String]] {
        let document = CSVDocument(path: "t.csv", utf8: Array(text.utf8), delimiter: delimiter)
        var reader = document.makeReader()
        var rows: [[String]] = []
        var record = CSVRecord()
        while try reader.next(into: &record) { rows.append(record.fields.map(document.string)) }
        return rows
    }

    @Test func quotedFieldsKeepCommasNewlinesAndDoubledQuotes() throws {
        let rows = try records("a,b,c\n\"x, y\",\"line1\nline2\",\"say \"\"hi\"\"\"\n")
        #expect(rows == [["a", "b", "c"], ["x, y", "line1\nline2", "say \"hi\""]])
    }

    @Test(arguments: [
        ("a,b\r\n1,2\r\n3,4", [["a", "b"], ["1", "2"], ["3", "4"]]),             // CRLF, no final newline
        ("a,b\r1,2\r", [["a", "b"], ["1", "2"]]),                                 // classic Mac CR
        ("a,b,c\n1,,\n", [["a", "b", "c"], ["1", "", ""]]),                        // empty fields
        ("a,b\n1,", [["a", "b"], ["1", ""]]),                                     // trailing delimiter at the very end
        ("a,b\n\n\n1,2\n\n", [["a", "b"], ["1", "2"]]),                           // blank lines
        ("a,b\n\"\",\"\"\"\"\n", [["a", "b"], ["", "\""]]),                       // empty quoted, a lone doubled quote
        ("a, b \n 1 ,\" 2 \"\n", [["a", "b"], ["1", "2"]]),                       // spaces around values are trimmed
    ])
    func lineEndsAndEmptyFields(_ input: String, _ expected: [[String]]) throws {
        #expect(try records(input) == expected)
    }

    @Test func tabSeparated() throws {
        #expect(try records("a\tb\n\"x\ty\"\t2\n", delimiter: .tab) == [["a", "b"], ["x\ty", "2"]])
    }

    @Test func physicalLineNumbersSurviveQuotedNewlines() throws {
        let document = CSVDocument(path: "t.csv", utf8: Array("h1,h2\n\"a\nb\r\nc\",1\nx,2\n".utf8), delimiter: .comma)
        var reader = document.makeReader()
        _ = try reader.next()
        #expect(try reader.next()?.line == 2)
        let third = try reader.next()
        #expect(third?.line == 5)
        #expect(third.map { document.location(of: $0.fields[1]).column } == 3)
    }

    @Test(arguments: [
        ("a,b\n1,x\"y\n", CSVSyntaxError.Reason.bareQuote, 2, 4),
        ("a,b\n1,\"open\n2,3\n", .unclosedQuote, 2, 3),
        ("a,b\n\"ok\"x,2\n", .textAfterClosingQuote, 2, 5),
        ("a,b\n\"two\nlines\"x,2\n", .textAfterClosingQuote, 3, 7),
        ("a,b\n中文,x\"y\n", .bareQuote, 2, 5),
    ])
    func syntaxErrorsAreLocated(input: String, reason: CSVSyntaxError.Reason, line: Int, column: Int) {
        let document = CSVDocument(path: "t.csv", utf8: Array(input.utf8), delimiter: .comma)
        var reader = document.makeReader()
        do {
            while try reader.next() != nil {}
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.reason == reason)
            let diagnostic = document.diagnostic(error)
            #expect(diagnostic.location.line == line)
            #expect(diagnostic.location.column == column)
        }
    }

    @Test func readingGoesOnAfterABareQuote() throws {
        let document = CSVDocument(path: "t.csv", utf8: Array("a,b\n1,x\"y\n2,z\n".utf8), delimiter: .comma)
        var reader = document.makeReader()
        _ = try reader.next()
        #expect(throws: CSVSyntaxError.self) { _ = try reader.next() }
        reader.skipRestOfLine()
        let next = try reader.next()
        #expect(next.map { $0.fields.map(document.string) } == ["2", "z"])
        #expect(next?.line == 3)
    }

    @Test(arguments: [
        "a\n\"" + String(repeating: "x\n", count: 1000),        // an unclosed quote with newlines: stopped at the cap
        "a\n\"" + String(repeating: "x", count: 2000) + "\"\n",  // a closed quoted field over the cap
        "a\n" + String(repeating: "x", count: 2000) + "\n",      // an unquoted field over the cap
    ])
    func fieldSizeCap(_ input: String) {
        var reader = CSVDocument(path: "t.csv", utf8: Array(input.utf8), delimiter: .comma).makeReader(fieldSizeCap: 1024)
        do {
            while try reader.next() != nil {}
            Issue.record("expected the cap to stop the reader")
        } catch {
            #expect(error.reason == .fieldTooLarge(1024))
            #expect(error.line == 2)
        }
    }

    @Test func recordIsReusedWithoutGrowing() throws {
        let document = CSVDocument(path: "t.csv", utf8: Array(String(repeating: "a,b,c\n", count: 100).utf8), delimiter: .comma)
        var reader = document.makeReader()
        var record = CSVRecord()
        var rows = 0
        while try reader.next(into: &record) {
            rows += 1
            #expect(record.fields.count == 3)
        }
        #expect(rows == 100)
    }
}

/// The plain-line fast path must read exactly what the general path reads: the same fields, lines, offsets and
/// errors, on random text made of the bytes that matter to CSV.
@Suite struct PlainLineSplitTests {
    /// Every record (or the error that stopped reading) and where reading ended, with or without the fast path.
    func read(_ bytes: [UInt8], fast: Bool, fieldSizeCap: Int) -> [String] {
        var reader = CSVReader(bytes: bytes, fieldSizeCap: fieldSizeCap)
        reader.splitsPlainLines = fast
        var record = CSVRecord()
        var out: [String] = []
        while true {
            do {
                guard try reader.next(into: &record) else { break }
                out.append("\(record.line)@\(record.start): \(Array(record.fields))")
            } catch {
                out.append("error \(error) at \(reader.position)")
                reader.skipRestOfLine()
            }
        }
        return out
    }

    @Test func fastPathReadsWhatTheGeneralPathReads() {
        let alphabet = Array("ab,,,\"\n\r \u{4E2D}".utf8)
        var numbers = SeededNumbers(seed: 0x9E37_79B9_7F4A_7C15)
        var differing = 0
        for _ in 0..<3_000 {
            let length = numbers.next(90)
            let bytes = (0..<length).map { _ in alphabet[numbers.next(alphabet.count)] }
            let cap = [4, 1 << 20][numbers.next(2)]
            if read(bytes, fast: true, fieldSizeCap: cap) != read(bytes, fast: false, fieldSizeCap: cap) { differing += 1 }
        }
        #expect(differing == 0)
    }

    @Test func linesWithManyFieldsOrLongFieldsReadAlike() {
        // Past 64 fields, and fields across the 16-byte steps of the splitter, with caps on either side of them.
        let alphabet = Array(",,,,,,,,abcdefgh\n".utf8)
        var numbers = SeededNumbers(seed: 0x0123_4567_89AB_CDEF)
        var differing = 0
        for _ in 0..<1_000 {
            let bytes = (0..<numbers.next(400)).map { _ in alphabet[numbers.next(alphabet.count)] }
            let cap = [3, 17, 1 << 20][numbers.next(3)]
            if read(bytes, fast: true, fieldSizeCap: cap) != read(bytes, fast: false, fieldSizeCap: cap) { differing += 1 }
        }
        #expect(differing == 0)
        let wide = Array((String(repeating: "a,", count: 70) + "z\n").utf8)
        #expect(read(wide, fast: true, fieldSizeCap: 1 << 20) == read(wide, fast: false, fieldSizeCap: 1 << 20))
        var reader = CSVReader(bytes: wide)
        #expect((try? reader.next())??.fields.count == 71)
    }

    @Test func plainLinesAreSplitAtEveryDelimiter() throws {
        let text = "contact_id,at,kind\nwm1,2024-01-02 03:04:05,private_chat\nwm22,,mass_send,\n"
        let document = CSVDocument(path: "t.csv", utf8: Array(text.utf8), delimiter: .comma)
        var reader = document.makeReader()
        var record = CSVRecord()
        var rows: [[String]] = []
        while try reader.next(into: &record) { rows.append(record.fields.map(document.string)) }
        #expect(rows == [["contact_id", "at", "kind"], ["wm1", "2024-01-02 03:04:05", "private_chat"],
                         ["wm22", "", "mass_send", ""]])
    }
}
