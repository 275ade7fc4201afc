import SiyuCore
import Testing
@testable import SiyuData

/// One row per kind of bad input: each gives one located error that quotes what was wrong.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var table: DataTable = .contacts
        var input: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "quoted newline, then a bad date on a later line",
             input: "contact_id,added_at,tags\nc1,2025-11-03,\"a\nb\"\nc2,bad,\n", line: 4, column: 4,
             message: "added_at \"bad\" is not a date and time"),
        Case(name: "bare quote in an unquoted field", input: "contact_id,added_at\nc1,2025\"-11-03\n", line: 2, column: 8,
             message: "a quote inside an unquoted field"),
        Case(name: "text after a closing quote", input: "contact_id,added_at\n\"c1\"x,2025-11-03\n", line: 2, column: 5,
             message: "text after a closing quote"),
        Case(name: "unclosed quote", input: "contact_id,added_at\nc1,\"2025-11-03\nc2,2025-11-04\n", line: 2, column: 4,
             message: "a quoted field is never closed"),
        Case(name: "short row", input: "contact_id,added_at,channel\nc1,2025-11-03\n", line: 2, column: 4,
             message: "expected 3 fields, found 2"),
        Case(name: "long row", input: "contact_id,added_at\nc1,2025-11-03,x\n", line: 2, column: 15,
             message: "expected 2 fields, found 3"),
        Case(name: "empty file", input: "", line: 1, column: 0, message: "the file is empty"),
        Case(name: "blank lines only", input: "\n\r\n", line: 1, column: 0, message: "the file is empty"),
        Case(name: "missing column", input: "contact_id,channel\nc1,门店\n", line: 1, column: 0,
             message: "missing required column added_at"),
        Case(name: "duplicate column", input: "contact_id,客户ID,added_at\nc1,c1,2025-11-03\n", line: 1, column: 0,
             message: "duplicate column contact_id (\"contact_id\" and \"客户ID\")"),
        Case(name: "semicolon-separated header", input: "contact_id;added_at\nc1;2025-11-03\n", line: 1, column: 0,
             message: "missing required columns contact_id, added_at"),
        Case(name: "empty required cell", input: "contact_id,added_at\n,2025-11-03\n", line: 2, column: 1,
             message: "contact_id is empty"),
        Case(name: "bad datetime", input: "contact_id,added_at\nc1,2025-13-03\n", line: 2, column: 4,
             message: "added_at \"2025-13-03\" is not a date and time"),
        Case(name: "bad optional datetime", input: "contact_id,added_at,lost_at\nc1,2025-11-03,昨天\n", line: 2, column: 15,
             message: "lost_at \"昨天\" is not a date and time"),
        Case(name: "Excel serial among written dates", input: "contact_id,added_at\nc1,2025-11-03\nc2,45964.5\n", line: 3, column: 4,
             message: "added_at \"45964.5\" is not a date and time"),
        Case(name: "bad carrier", input: "contact_id,added_at,carrier\nc1,2025-11-03,抖音\n", line: 2, column: 15,
             message: "carrier \"抖音\" is not a known value"),
        Case(name: "bad money", table: .orders, input: "order_id,customer_id,paid_at,amount\no1,c1,2025-11-03,12,5\n",
             line: 2, column: 21, message: "expected 4 fields, found 5"),
        Case(name: "decimal comma in quotes", table: .orders, input: "order_id,customer_id,paid_at,amount\no1,c1,2025-11-03,\"12,5\"\n",
             line: 2, column: 19, message: "amount \"12,5\" is not an amount of money"),
        Case(name: "negative amount", table: .orders, input: "order_id,customer_id,paid_at,amount\no1,c1,2025-11-03,-12\n",
             line: 2, column: 18, message: "amount \"-12\" is negative"),
        Case(name: "bad refunded flag", table: .orders,
             input: "order_id,customer_id,paid_at,amount,refunded\no1,c1,2025-11-03,12,部分退款\n", line: 2, column: 21,
             message: "refunded \"部分退款\" is not yes or no"),
        Case(name: "bad touch kind", table: .touches, input: "contact_id,at,kind,direction\nc1,2025-11-03 10:00,电话,out\n",
             line: 2, column: 21, message: "kind \"电话\" is not a known value"),
        Case(name: "bad direction", table: .touches, input: "contact_id,at,kind,direction\nc1,2025-11-03 10:00,群发,sideways\n",
             line: 2, column: 24, message: "direction \"sideways\" is not a known value"),
        Case(name: "bad day", table: .spend, input: "date,channel,cost\n2025-11-03 10:00,包裹卡,12\n", line: 2, column: 1,
             message: "date \"2025-11-03 10:00\" is not a date"),
        Case(name: "negative spend", table: .spend, input: "date,channel,cost\n2025-11-03,包裹卡,-1\n", line: 2, column: 16,
             message: "cost \"-1\" is negative"),
        Case(name: "duplicate contact id", input: "contact_id,added_at\nc1,2025-11-03\nc1,2025-11-04\n", line: 3, column: 0,
             message: "duplicate contact_id \"c1\""),
        Case(name: "duplicate order id", table: .orders,
             input: "order_id,customer_id,paid_at,amount\no1,c1,2025-11-03,1\no1,c2,2025-11-03,2\n", line: 3, column: 0,
             message: "duplicate order_id \"o1\""),
        Case(name: "duplicate group id", table: .groups,
             input: "group_id,name,created_at\ng1,一群,2025-11-03\ng1,二群,2025-11-03\n", line: 3, column: 0,
             message: "duplicate group_id \"g1\""),
        Case(name: "lost before added", input: "contact_id,added_at,lost_at\nc1,2025-11-03,2025-11-01\n", line: 2, column: 0,
             message: "lost_at is before added_at"),
    ]

    @Test(arguments: cases)
    func badInputIsOneLocatedError(_ test: Case) throws {
        let found = Fixtures.errors(test.input, table: test.table)
        #expect(found.count == 1, "\(found.map(\.description))")
        let error = try #require(found.first)
        #expect(error.location == SourceLocation(file: Fixtures.path(test.table), line: test.line, column: test.column))
        #expect(error.message.contains(test.message), "\(error.message)")
        #expect(error.hint?.isEmpty == false)
        #expect(error.severity == .error)
    }

    @Test func fieldOverTheCap() throws {
        let input = "contact_id,added_at,tags\nc1,2025-11-03,\"" + String(repeating: "长", count: 400) + "\"\n"
        let found = Fixtures.errors(input, fieldSizeCap: 1024)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: Fixtures.path, line: 2, column: 15))
        #expect(found.first?.message == "a field is larger than 1 KiB")
    }

    @Test func oneColumnHeaderHintsAtTheSeparator() throws {
        for (separator, words) in [(";", "holds \";\""), ("，", "holds \"，\"")] {
            let found = Fixtures.errors("contact_id\(separator)added_at\nc1\(separator)2025-11-03\n")
            #expect(found.first?.hint?.contains(words) == true, "\(found.first?.hint ?? "")")
            #expect(found.first?.hint?.contains("found: \"contact_id\(separator)added_at\"") == true)
        }
        let tabs = Fixtures.errors(Array("contact_id\tadded_at\nc1\t2025-11-03\n".utf8), delimiter: .comma)
        #expect(tabs.first?.hint?.contains("delimiter: tab") == true)
    }

    @Test func missingAndDuplicateListExpectedAndFound() throws {
        let error = try #require(Fixtures.errors("contact_id,客户ID,channel\nc1,c1,x\n").first)
        #expect(error.message == "missing required column added_at; duplicate column contact_id (\"contact_id\" and \"客户ID\")")
        #expect(error.hint?.hasPrefix("expected columns: contact_id, added_at, [channel]") == true)
        #expect(error.hint?.contains("found: \"contact_id\", \"客户ID\", \"channel\"") == true)
        #expect(error.sourceLine == "contact_id,客户ID,channel")
    }
}
