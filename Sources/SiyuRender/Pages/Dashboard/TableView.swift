/// A `PageTable` as the `partial-table` template shows it: formatted cells (suppressed ones as "<5"), a raw sort
/// value for numbers, the first column as row headers, and a link to the table's CSV download.
struct TableView {
    struct Column {
        var title: String
        var numeric: Bool
    }

    struct Cell {
        var text: String
        /// Raw number for sorting (siyu.js reads `data-value`); nil for text.
        var sortValue: String?
        var numeric: Bool
        var header: Bool
        var muted: Bool
    }

    struct Row {
        var cells: [Cell]
    }

    var id: String
    var caption: String
    var note: String
    // Stored flags, not optionals: a nil value would make Mustache look the name up in the enclosing context.
    var hasNote: Bool
    var columns: [Column]
    var rows: [Row]
    // Stored, not computed: swift-mustache reads view models through Mirror, which sees stored properties only.
    var hasRows: Bool
    var emptyText: String
    /// Relative to the site root, e.g. `data/staff.csv`; empty for a chart's own data table.
    var download: String
    var hasDownload: Bool
    var downloadLabel: String
    /// Long tables scroll inside a box on screen (and print in full).
    var tall: Bool

    init(_ table: PageTable, id: String, language: Language, suppressedText: String, download: Bool = true,
         caption: String? = nil) {
        let cells = CellText(language: language, compact: false)
        self.id = id
        self.caption = caption ?? table.title
        note = table.note ?? ""
        hasNote = table.note != nil
        columns = table.columns.map { Column(title: $0.title, numeric: $0.kind != .text) }
        rows = table.rows.map { row in
            Row(cells: zip(table.columns, row).enumerated().map { index, pair in
                let (column, cell) = pair
                var sortValue: String?
                if case .number(let value) = cell, let value {
                    sortValue = NumberFormatPlain.fixed(value, decimals: 6)
                } else if case .suppressed = cell {
                    sortValue = "0"
                }
                var muted = false
                switch cell {
                case .number(nil), .suppressed: muted = true
                default: break
                }
                return Cell(text: cells.text(cell, column.kind, suppressedText: suppressedText), sortValue: sortValue,
                            numeric: column.kind != .text, header: index == 0, muted: muted)
            })
        }
        hasRows = !rows.isEmpty
        emptyText = language.pick("本期没有数据。", "No data for this period.")
        self.download = download ? "data/\(table.id).csv" : ""
        hasDownload = download
        downloadLabel = language.pick("下载 CSV", "Download CSV")
        tall = rows.count > 14
    }
}
