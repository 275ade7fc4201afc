import SiyuMetrics

/// A table as every output shows it — HTML on a page, a CSV download, an entry under `tables` in kpis.json — built
/// once from the report so the three never disagree.
package struct PageTable: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable {
        case text, count, money, rate, ratio, days, minutes
    }

    package struct Column: Sendable, Hashable {
        package var id: String
        package var title: String
        package var kind: Kind

        package init(_ id: String, _ title: String, _ kind: Kind) {
            self.id = id
            self.title = title
            self.kind = kind
        }
    }

    package enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double?)
        /// A count of people under the privacy threshold: shown as "<N", exported as null.
        case suppressed
    }

    /// Stable id, used as the CSV file name and the key under `tables`.
    package var id: String
    package var title: String
    package var columns: [Column]
    package var rows: [[Cell]]
    /// One line on how the figures were computed (variant, window).
    package var note: String?

    package init(id: String, title: String, columns: [Column], rows: [[Cell]], note: String? = nil) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.note = note
    }
}
