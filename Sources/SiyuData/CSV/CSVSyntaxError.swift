/// A break in the CSV grammar, at its line and offset.
package struct CSVSyntaxError: Error, Sendable, Equatable {
    package enum Reason: Sendable, Equatable {
        case bareQuote
        case unclosedQuote
        case textAfterClosingQuote
        case fieldTooLarge(Int)
    }

    package var reason: Reason
    package var line: Int
    package var lineStart: Int
    package var offset: Int

    package init(_ reason: Reason, line: Int, lineStart: Int, offset: Int) {
        self.reason = reason
        self.line = line
        self.lineStart = lineStart
        self.offset = offset
    }

    /// Whether reading can go on from the next line: true unless a quote may still be open.
    package var isRecoverable: Bool {
        switch reason {
        case .bareQuote, .textAfterClosingQuote: true
        case .unclosedQuote, .fieldTooLarge: false
        }
    }

    package var message: String {
        switch reason {
        case .bareQuote: "a quote inside an unquoted field"
        case .unclosedQuote: "a quoted field is never closed"
        case .textAfterClosingQuote: "text after a closing quote"
        case .fieldTooLarge(let cap): "a field is larger than \(cap >= 1024 ? "\(cap / 1024) KiB" : "\(cap) bytes")"
        }
    }

    /// Short key for the data-quality page's count of skipped rows.
    package var reasonKey: String {
        switch reason {
        case .bareQuote, .textAfterClosingQuote: "malformed quotes"
        case .unclosedQuote: "unclosed quote"
        case .fieldTooLarge: "field too large"
        }
    }

    package var hint: String {
        switch reason {
        case .bareQuote, .textAfterClosingQuote:
            "wrap the whole field in double quotes and double each quote inside it: \"say \"\"hi\"\"\""
        case .unclosedQuote, .fieldTooLarge:
            "look for a missing closing double quote from here on"
        }
    }
}
