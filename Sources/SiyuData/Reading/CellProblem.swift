/// A cell that did not parse: where it is, what to say, and the short reason `--lenient` counts it under.
package struct CellProblem: Sendable {
    package var field: CSVField
    package var message: String
    package var hint: String?
    /// `added_at: not a date and time`.
    package var reason: String
}
