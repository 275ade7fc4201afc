/// What reading one export found, for `siyu check`'s summary.
package struct FileStats: Sendable, Hashable {
    package var table: DataTable
    package var path: String
    package var bytes: Int
    /// Nil when the file could not be decoded.
    package var encoding: TextEncoding?
    package var delimiter: UInt8?
    /// Data rows read, good and bad (blank rows aside).
    package var rows = 0
    /// Rows `--lenient` skipped.
    package var skipped = 0
    package var unknownColumns: [String] = []
    /// First and last local day of the table's main date column (added_at, paid_at, at, created_at, date).
    package var firstDay: Int64?
    package var lastDay: Int64?

    package init(table: DataTable, path: String, bytes: Int) {
        self.table = table
        self.path = path
        self.bytes = bytes
    }
}
