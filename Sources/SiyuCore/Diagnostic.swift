/// One problem found in a user's input: where, what, and what to do about it.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What the user can do about it ("expected one of …").
    public var hint: String?
    /// The offending source line, shown under the message with a caret at the column.
    public var sourceLine: String?

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String,
                hint: String? = nil, sourceLine: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil,
                             sourceLine: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, sourceLine: sourceLine)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// `path:line:col: error: message`, then the source line cut to 120 characters with a caret, then the hint.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let sourceLine {
            let shown = String(sourceLine.prefix(120))
            text += "\n    " + shown
            if location.column > 0 && location.column <= 121 {
                text += "\n    " + String(repeating: " ", count: displayWidth(of: shown.prefix(location.column - 1))) + "^"
            }
        }
        if let hint { text += "\n    hint: " + hint }
        return text
    }
}

/// Many diagnostics at once: what a stage throws when the input has errors.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// How many more errors were found past the cap and not listed.
    public var suppressed: Int

    public init(_ diagnostics: [Diagnostic], suppressed: Int = 0) {
        self.diagnostics = diagnostics
        self.suppressed = suppressed
    }

    public var description: String {
        var lines = diagnostics.map(\.description)
        if suppressed > 0 { lines.append("… and \(suppressed) more errors not shown") }
        return lines.joined(separator: "\n")
    }
}

/// Terminal columns taken by a string: CJK and full-width characters take two, so the caret lines up.
func displayWidth(of text: Substring) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return width + 2
        default:
            return width + 1
        }
    }
}
