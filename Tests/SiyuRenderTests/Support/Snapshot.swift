import Foundation
import Testing

/// Golden files under `Tests/SiyuRenderTests/Snapshots/`. A mismatch fails with the first differing line;
/// `RECORD_SNAPSHOTS=1 swift test` rewrites the files and fails too, so a recording run is never mistaken for a pass.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Snapshots")
    let file = folder.appending(path: name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("recorded snapshot \(name); run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
        Issue.record("missing snapshot \(name); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    func at(_ lines: [Substring], _ index: Int) -> String {
        index < lines.count ? String(lines[index].prefix(300)) : "<end of file>"
    }
    Issue.record("""
        snapshot \(name) differs at line \(line + 1) (re-record with RECORD_SNAPSHOTS=1 if the change is intended)
        expected: \(at(expectedLines, line))
        actual:   \(at(actualLines, line))
        """, sourceLocation: sourceLocation)
}
