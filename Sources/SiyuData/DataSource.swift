/// One export to read: its raw bytes and how to interpret them. The site stage does the file I/O.
package struct DataSource: Sendable {
    package var table: DataTable
    /// The path shown in messages, relative to the project.
    package var path: String
    /// The file's bytes as stored (mapped from disk by the site stage; any encoding).
    package var content: SourceBytes
    package var encoding: TextEncoding?
    package var delimiter: UInt8?
    /// Canonical column → header text, from `siyu.yml`.
    package var columns: [String: String]

    package init(table: DataTable, path: String, content: SourceBytes, encoding: TextEncoding? = nil,
                 delimiter: UInt8? = nil, columns: [String: String] = [:]) {
        self.table = table
        self.path = path
        self.content = content
        self.encoding = encoding
        self.delimiter = delimiter
        self.columns = columns
    }

    package init(table: DataTable, path: String, bytes: [UInt8], encoding: TextEncoding? = nil,
                 delimiter: UInt8? = nil, columns: [String: String] = [:]) {
        self.init(table: table, path: path, content: SourceBytes(bytes), encoding: encoding, delimiter: delimiter,
                  columns: columns)
    }
}

package struct ReadOptions: Sendable {
    package var clock: LocalClock
    /// Skip bad rows (counted for the data-quality page) instead of failing.
    package var lenient: Bool
    package var errorCap: Int
    package var fieldSizeCap: Int
    /// About the bytes per part when a large file is read on several cores (at least two parts' worth to split at
    /// all); the count of parts is rounded to a multiple of the cores.
    package var partSize: Int
    /// Whether lines without quotes take the fast paths (`CSVReader.splitsPlainLines`, `RowDecoder.decodePlain`);
    /// tests turn it off to compare them with the general path.
    package var splitsPlainLines: Bool

    package init(clock: LocalClock = .shanghai, lenient: Bool = false, errorCap: Int = 50, fieldSizeCap: Int = 1 << 20,
                 partSize: Int = 32 << 20, splitsPlainLines: Bool = true) {
        self.clock = clock
        self.lenient = lenient
        self.errorCap = errorCap
        self.fieldSizeCap = fieldSizeCap
        self.partSize = partSize
        self.splitsPlainLines = splitsPlainLines
    }
}
