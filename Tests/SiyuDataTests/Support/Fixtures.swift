import Foundation
import SiyuCore
@testable import SiyuData

/// Builds export bytes in other encodings. GB18030 comes from Foundation (ICU), not from the iconv the reader
/// uses, so the two implementations check each other.
enum Fixtures {
    static func gb18030(_ text: String) -> [UInt8] {
        guard let data = text.data(using: String.Encoding(rawValue: 0x8000_0632)) else { return [] }
        return [UInt8](data)
    }

    static func utf16(_ text: String, bigEndian: Bool = false, bom: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    static let path = "Content/data/contacts.csv"

    /// Reads one file as `table`; the errors, or nothing when it read cleanly.
    static func errors(_ bytes: [UInt8], table: DataTable = .contacts, encoding: TextEncoding? = nil,
                       delimiter: UInt8? = nil, columns: [String: String] = [:], lenient: Bool = false,
                       fieldSizeCap: Int = 1 << 20) -> [Diagnostic] {
        var sources = [DataSource(table: table, path: path(table), bytes: bytes, encoding: encoding, delimiter: delimiter,
                                  columns: columns)]
        if table != .contacts { sources.append(DataSource(table: .contacts, path: path(.contacts), bytes: Array("contact_id,added_at\n".utf8))) }
        return DatasetReader.inspect(sources, options: ReadOptions(lenient: lenient, fieldSizeCap: fieldSizeCap)).errors
    }

    static func errors(_ text: String, table: DataTable = .contacts, columns: [String: String] = [:],
                       fieldSizeCap: Int = 1 << 20) -> [Diagnostic] {
        errors(Array(text.utf8), table: table, columns: columns, fieldSizeCap: fieldSizeCap)
    }

    static func inspect(_ files: [DataTable: [UInt8]], encoding: TextEncoding? = nil, lenient: Bool = false,
                        errorCap: Int = 50) -> DatasetReader.Inspection {
        let sources = files.map { DataSource(table: $0.key, path: path($0.key), bytes: $0.value, encoding: encoding) }
        return DatasetReader.inspect(sources, options: ReadOptions(lenient: lenient, errorCap: errorCap))
    }

    static func read(_ files: [DataTable: String], lenient: Bool = false,
                     partSize: Int = 32 << 20) throws(DiagnosticList) -> DatasetReader.Result {
        try DatasetReader.read(files.map { DataSource(table: $0.key, path: path($0.key), bytes: Array($0.value.utf8)) },
                               options: ReadOptions(lenient: lenient, partSize: partSize))
    }

    static func path(_ table: DataTable) -> String { "Content/data/\(table.rawValue).csv" }
}

extension Dataset {
    /// Same typed rows, table by table: what two readings of the same data must give.
    func hasSameRows(as other: Dataset) -> Bool {
        contacts == other.contacts && orders == other.orders && touches == other.touches && groups == other.groups
            && spend == other.spend && skippedRows == other.skippedRows
    }
}
