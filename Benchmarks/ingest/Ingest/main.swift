// siyu-bench-ingest: the ingest benchmark's executable (built by run.sh in a throwaway package, not by the
// project's Package.swift). Not a timed test: it prints figures for a person to read.
//
//   siyu-bench-ingest generate SCALE DIR       write a synthetic data set (siyu sample's generator)
//   siyu-bench-ingest read DIR TABLE… [--copy] read those exports as `siyu build` does; MB/s and memory
import Foundation
import SiyuData
import SiyuSample

func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func usage() -> rusage {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage
}

func peakRSS() -> Int { usage().ru_maxrss * 1024 }

/// CPU seconds (user + system): steadier than wall time on a shared machine, and the same for this
/// single-threaded reader on an idle one.
func cpuSeconds() -> Double {
    let now = usage()
    return Double(now.ru_utime.tv_sec + now.ru_stime.tv_sec) + Double(now.ru_utime.tv_usec + now.ru_stime.tv_usec) / 1e6
}

func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate":
    guard arguments.count == 3, let scale = Double(arguments[1]) else { fatalError("generate SCALE DIR") }
    let folder = URL(fileURLWithPath: arguments[2])
    for (path, bytes) in SampleGenerator(scale: scale).files() where path.hasSuffix(".csv") {
        let url = folder.appending(path: URL(fileURLWithPath: path).lastPathComponent)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
case "read":
    guard arguments.count >= 3 else { fatalError("read DIR TABLE… [--copy]") }
    let folder = arguments[1]
    let copy = arguments.contains("--copy")
    let tables = arguments.dropFirst(2).filter { $0 != "--copy" }.compactMap(DataTable.init(rawValue:))
    var sources: [DataSource] = []
    for table in tables {
        let path = folder + "/" + table.defaultFileName
        // --copy reads the file into memory as the site stage did before mapping.
        let content = copy ? SourceBytes([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
                           : SourceBytes.mapping(path: path)
        guard let content else { fatalError("cannot map \(path)") }
        sources.append(DataSource(table: table, path: path, content: content))
    }
    let bytes = sources.reduce(0) { $0 + $1.content.count }
    let start = seconds()
    let startCPU = cpuSeconds()
    let inspection = DatasetReader.inspect(sources)
    let elapsed = seconds() - start
    let cpu = cpuSeconds() - startCPU
    let unexpected = inspection.errors.filter { $0.message != "contacts.csv is missing" }
    guard unexpected.isEmpty else { fatalError("\(unexpected.prefix(3))") }
    let data = inspection.result.dataset
    // What the typed rows hold inline; strings longer than 15 UTF-8 bytes add a heap block each unless shared.
    let typed = data.contacts.count * MemoryLayout<Contact>.stride + data.orders.count * MemoryLayout<Order>.stride
        + data.touches.count * MemoryLayout<Touch>.stride
    let rows = inspection.result.files.map { "\($0.table.rawValue) \($0.rows)" }.joined(separator: ", ")
    print("read \(tables.map(\.rawValue).joined(separator: "+"))\(copy ? " (copied)" : ""): \(megabytes(bytes)) in "
        + String(format: "%.3f s = %.0f MB/s (CPU %.3f s = %.0f MB/s)", elapsed, Double(bytes) / 1e6 / elapsed, cpu,
                 Double(bytes) / 1e6 / cpu)
        + "; rows: \(rows); typed rows inline: \(megabytes(typed)); peak RSS \(megabytes(peakRSS()))")
default:
    fatalError("usage: siyu-bench-ingest generate SCALE DIR | read DIR TABLE… [--copy]")
}
