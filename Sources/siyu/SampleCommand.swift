import ArgumentParser
import Foundation
import SiyuCore
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

    @Flag(name: .long, help: "Replace the config, exports or playbooks of a project already in --out.")
    var force = false

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
        let pages = PlaybookGenerator(count: playbooks, seed: seed).files().sorted { $0.key < $1.key }
        let rows = try reportingInputErrors { () throws(Diagnostic) in
            // A client's real exports may sit where the sample is asked to go: never replace them unasked.
            if !force, let taken = (SampleGenerator.projectFiles + pages.map(\.key)).first(where: {
                FileManager.default.fileExists(atPath: folder.appending(path: $0).path)
            }) {
                throw .error(at: SourceLocation(file: (out as NSString).appendingPathComponent(taken)),
                             "refusing to overwrite a project's file with sample data",
                             hint: "choose an empty --out folder, or add --force to replace the project's config, exports and playbooks")
            }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let rows = try generator.write(to: folder)
                for (path, bytes) in pages {
                    let url = folder.appending(path: path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(bytes).write(to: url)
                }
                return rows
            } catch {
                throw .error(at: SourceLocation(file: out), "cannot write the sample project: \(error.localizedDescription)",
                             hint: "check that --out names a folder you may write to, on a disk with room")
            }
        }
        if !quiet {
            print("Wrote \(folder.standardizedFileURL.path): \(rows.contacts) contacts, \(rows.orders) orders, \(rows.touches) touches, \(rows.groups) groups, \(rows.spend) spend rows, \(playbooks) playbooks")
        }
    }
}
