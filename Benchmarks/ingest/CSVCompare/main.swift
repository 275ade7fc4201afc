// csv-compare: yaslab/CSV.swift against Siyu's CSVReader on one file, best of three, release build.
// Built by run.sh with COMPARE=1 in a throwaway package; CSV.swift is not a dependency of the project.
import CSV
import Foundation
import SiyuData

func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

let path = CommandLine.arguments[1]
guard let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) else { fatalError("no \(path)") }

func measure(_ name: String, _ body: () throws -> Int) rethrows {
    var best = Double.infinity
    var checksum = 0
    for _ in 0..<3 {
        let start = seconds()
        checksum = try body()
        best = min(best, seconds() - start)
    }
    let label = name + String(repeating: " ", count: max(0, 28 - name.count))
    print(label + String(format: "%7.1f MB/s  (%.3f s, checksum %d)", Double(size) / 1e6 / best, best, checksum))
}

try measure("CSV.swift (rows of String)") {
    guard let stream = InputStream(fileAtPath: path) else { return 0 }
    let reader = try CSVReader(stream: stream, hasHeaderRow: true)
    var sum = 0
    while let row = reader.next() { sum &+= row.count &+ (row.first?.utf8.count ?? 0) }
    return sum
}

try measure("Siyu (byte ranges)") {
    guard let source = SourceBytes.mapping(path: path) else { return 0 }
    var reader = SiyuData.CSVReader(source: source, range: 0..<source.count)
    var record = CSVRecord()
    var sum = 0
    while try reader.next(into: &record) { sum &+= record.fields.count &+ (record.fields[0].end - record.fields[0].start) }
    return sum
}

try measure("Siyu (a String per field)") {
    guard let source = SourceBytes.mapping(path: path) else { return 0 }
    let document = CSVDocument(path: path, source: source, range: 0..<source.count, delimiter: UInt8(ascii: ","))
    var reader = document.makeReader()
    var record = CSVRecord()
    var sum = 0
    while try reader.next(into: &record) {
        let row = record.fields.map(document.string)
        sum &+= row.count &+ (row.first?.utf8.count ?? 0)
    }
    return sum
}
