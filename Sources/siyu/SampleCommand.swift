import ArgumentParser
import Foundation
import SiyuSample

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a deterministic synthetic project (siyu.yml and the five CSV exports)."
    )

    @Option(name: .long, help: "Size: 1 is about 100,000 contacts; the bundled sample is 0.02.")
    var scale: Double = 1

    @Option(name: .long, help: "The folder to write the project into.")
    var out: String

    @Option(name: .long, help: "Random seed; the same seed gives the same bytes on every platform.")
    var seed: UInt64 = 2025

    @Option(name: .long, help: "Months of history, ending 2025-11-30.")
    var months: Int = 24

    @Option(name: .long, help: "Also write this many generated playbooks (about 6 KB each) for benchmarks.")
    var playbooks: Int = 0

    @Flag(name: .long, help: "Print nothing.")
    var quiet = false

    func validate() throws {
        guard scale > 0, scale <= 100 else { throw ValidationError("--scale must be greater than 0 and at most 100") }
        guard (3...120).contains(months) else { throw ValidationError("--months must be from 3 to 120") }
        guard (0...1_000_000).contains(playbooks) else { throw ValidationError("--playbooks must be from 0 to 1,000,000") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let generator = SampleGenerator(scale: scale, seed: seed, months: months)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let rows = try generator.write(to: folder)
        for (path, bytes) in PlaybookGenerator(count: playbooks, seed: seed).files().sorted(by: { $0.key < $1.key }) {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        if !quiet {
            print("Wrote \(folder.standardizedFileURL.path): \(rows.contacts) contacts, \(rows.orders) orders, \(rows.touches) touches, \(rows.groups) groups, \(rows.spend) spend rows, \(playbooks) playbooks")
        }
    }
}
