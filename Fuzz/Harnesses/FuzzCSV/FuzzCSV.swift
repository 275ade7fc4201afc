import SiyuCore
import SiyuData

/// CSV ingest over every encoding path. The first input byte picks the path, the rest is the file:
/// - bits 0–2: the encoding siyu.yml declares (none, auto-detected, for 0 and 5–7; utf-8; gb18030; utf-16le; utf-16be);
/// - bits 3–5: the table (contacts, orders, touches, groups, spend);
/// - bit 6: a declared delimiter (tab) instead of detection; bit 7: lenient reading.
/// Each input goes through `TextDecoder.decode`, a full `CSVReader` pass over the decoded bytes (every field must
/// lie inside the decoded range) and `DatasetReader.inspect` (which must report problems, never trap).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let control = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let encodings: [TextEncoding?] = [nil, .utf8, .gb18030, .utf16LE, .utf16BE, nil, nil, nil]
    let declared = encodings[Int(control & 7)]
    let tables: [DataTable] = [.contacts, .orders, .touches, .groups, .spend]
    let table = tables[Int((control >> 3) & 7) % tables.count]
    let delimiter: UInt8? = control & 0x40 != 0 ? 0x09 : nil

    if let decoded = try? TextDecoder.decode(SourceBytes(bytes), path: "fuzz.csv", declared: declared) {
        var reader = CSVReader(source: decoded.source, range: decoded.range, delimiter: delimiter ?? 0x2C,
                               fieldSizeCap: 1 << 16)
        var record = CSVRecord()
        var records = 0
        while records < 100_000 {
            do {
                guard try reader.next(into: &record) else { break }
            } catch {
                reader.skipRestOfLine()
                continue
            }
            records += 1
            for field in record.fields {
                guard field.start <= field.end, decoded.range.contains(field.start) || field.start == decoded.range.upperBound,
                      field.end <= decoded.range.upperBound else {
                    fatalError("field \(field.start)..<\(field.end) outside \(decoded.range)")
                }
            }
        }
    }

    let source = DataSource(table: table, path: "fuzz.csv", bytes: bytes, encoding: declared, delimiter: delimiter)
    var contacts: [DataSource] = []
    if table != .contacts {
        let header = Array("客户ID,添加人,添加时间,来源,标签\nc1,s1,2025-11-03 14:05,企业微信,VIP\n".utf8)
        contacts.append(DataSource(table: .contacts, path: "contacts.csv", bytes: header))
    }
    let options = ReadOptions(lenient: control & 0x80 != 0, errorCap: 50, fieldSizeCap: 1 << 16)
    let inspection = DatasetReader.inspect(contacts + [source], options: options)
    _ = inspection.errorCount
    return 0
}
