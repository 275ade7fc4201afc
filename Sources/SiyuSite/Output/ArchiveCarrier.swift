import Foundation
import SiyuCore

/// Carries earlier builds' period archives (`reports/<period>/…`) into the next build. The writer replaces the
/// whole output folder, so without this each build would keep only its own period; with it, weekly builds into
/// the same folder accumulate a history. Reads only folders Siyu made (the writer's marker is present).
package struct ArchiveCarrier: Sendable {
    package let output: URL
    package let io: FileIO

    package init(output: URL, io: FileIO = .live) {
        self.output = output.standardizedFileURL
        self.io = io
    }

    /// Files under `reports/<period>/` of the previous build (output path → bytes), except those of `current`,
    /// which the new build renders afresh. The archive index `reports/index.html` is regenerated, not carried.
    package func carried(except current: String) throws(Diagnostic) -> [String: [UInt8]] {
        guard io.exists(output.appending(path: OutputWriter.marker)) else { return [:] }
        let reports = output.appending(path: "reports")
        var files: [String: [UInt8]] = [:]
        for path in io.files(under: reports) {
            let parts = path.split(separator: "/", maxSplits: 1)
            guard parts.count == 2, Self.isPeriodLabel(String(parts[0])), parts[0] != current else { continue }
            do {
                files["reports/" + path] = try io.read(reports.appending(path: path))
            } catch {
                // Dropping an archive silently would lose history: stop, and leave the previous site as it is.
                throw .error(at: SourceLocation(file: "reports/" + path), "cannot read an archived report to carry it over",
                             hint: "the previous site is unchanged; check permissions, or delete the folder to drop that period")
            }
        }
        return files
    }

    /// The period labels present in carried files, sorted.
    package static func periods(in files: [String: [UInt8]]) -> [String] {
        Set(files.keys.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            return parts.count >= 3 && parts[0] == "reports" ? String(parts[1]) : nil
        }).sorted()
    }

    /// `2025-11` or `2025-W48`: the only folder names the archive uses.
    static func isPeriodLabel(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit) else { return false }
        let rest = parts[1].hasPrefix("W") ? parts[1].dropFirst() : parts[1]
        return rest.count == 2 && rest.allSatisfy(\.isASCIIDigit)
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
