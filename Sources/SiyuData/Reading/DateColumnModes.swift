/// Decides, per date column, whether its cells are Excel serial numbers (`45964.5868`) or written dates. A column
/// is read as serials only when every non-empty cell in the whole file is one; the scan stops as soon as the
/// answer is known, which for ordinary files is the first row.
struct DateColumnModes {
    /// By field index: read as Excel serials.
    private(set) var serial: [Bool]
    /// By field index: a written date from the column, quoted in the hint when a lone serial turns up.
    private(set) var textSample: [Int: (line: Int, text: String)] = [:]

    init(fieldCount: Int) {
        serial = Array(repeating: false, count: fieldCount)
    }

    func isSerial(_ index: Int) -> Bool {
        index < serial.count && serial[index]
    }

    /// `reader` is positioned after the header; it is a copy, so the caller's reader does not move.
    static func decide(columns: [Int], document: CSVDocument, reader: CSVReader, fieldCount: Int) -> DateColumnModes {
        var modes = DateColumnModes(fieldCount: fieldCount)
        enum State { case unseen, serialSoFar, text }
        var states = Array(repeating: State.unseen, count: columns.count)
        var reader = reader
        var record = CSVRecord()
        while states.contains(where: { $0 != .text }) {
            do {
                guard try reader.next(into: &record) else { break }
            } catch {
                // The row loop reports the syntax error; decide from what was seen.
                if error.isRecoverable { reader.skipRestOfLine(); continue }
                break
            }
            for (position, index) in columns.enumerated() where states[position] != .text && index < record.fields.count {
                let cell = document.trimmed(record.fields[index])
                if cell.isEmpty { continue }
                if ExcelSerial.isSerial(cell) {
                    states[position] = .serialSoFar
                } else {
                    states[position] = .text
                    modes.textSample[index] = (record.line, document.string(record.fields[index]))
                }
            }
        }
        for (position, index) in columns.enumerated() where states[position] == .serialSoFar { modes.serial[index] = true }
        return modes
    }
}
