import Testing
@testable import SiyuData

@Suite struct CSVReaderTests {
    func records(_ text: String) throws -> [[String]] {
        let document = CSVDocument(path: "t.csv", utf8: Array(text.utf8), delimiter: UInt8(ascii: ","))
        var reader = document.makeReader()
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields.map(document.string)) }
        return rows
    }

    @Test func quotedFieldsKeepCommasNewlinesAndDoubledQuotes() throws {
        let rows = try records("a,b,c\n\"x, y\",\"line1\nline2\",\"say \"\"hi\"\"\"\n")
        #expect(rows == [["a", "b", "c"], ["x, y", "line1\nline2", "say \"hi\""]])
    }

    @Test func crlfAndMissingFinalNewline() throws {
        #expect(try records("a,b\r\n1,2\r\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func emptyFieldsAndTrailingDelimiter() throws {
        #expect(try records("a,b,c\n1,,\n") == [["a", "b", "c"], ["1", "", ""]])
    }

    @Test func physicalLineNumbersSurviveQuotedNewlines() throws {
        let document = CSVDocument(path: "t.csv", utf8: Array("h1,h2\n\"a\nb\nc\",1\nx,2\n".utf8), delimiter: UInt8(ascii: ","))
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
    ])
    func syntaxErrorsAreLocated(input: String, reason: CSVSyntaxError.Reason, line: Int, column: Int) {
        let document = CSVDocument(path: "t.csv", utf8: Array(input.utf8), delimiter: UInt8(ascii: ","))
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

    @Test func fieldSizeCapStopsAnUnclosedQuote() {
        let input = "a\n\"" + String(repeating: "x", count: 5000)
        var reader = CSVDocument(path: "t.csv", utf8: Array(input.utf8), delimiter: UInt8(ascii: ",")).makeReader(fieldSizeCap: 1024)
        #expect(throws: CSVSyntaxError.self) { while try reader.next() != nil {} }
    }
}
