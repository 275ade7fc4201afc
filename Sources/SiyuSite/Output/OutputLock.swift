import Foundation
import SiyuCore

/// An exclusive lock beside the output folder (`.Output.lock` holding the owner's pid), so two builds into the
/// same output never interleave: the second fails fast. A lock whose process is gone is stale and taken over.
struct OutputLock {
    let url: URL
    private var held = false

    init(for output: URL) {
        url = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).lock")
    }

    mutating func acquire(display: String) throws(Diagnostic) {
        for _ in 0..<2 {
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 {
                let pid = Array("\(getpid())\n".utf8)
                _ = pid.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
                held = true
                return
            }
            guard errno == EEXIST else {
                throw .error(at: SourceLocation(file: display), "cannot create the build lock \(url.lastPathComponent)",
                             hint: "check that the folder holding the output is writable")
            }
            let owner = (try? String(contentsOf: url, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if let owner, owner != getpid(), kill(owner, 0) == 0 {
                throw .error(at: SourceLocation(file: display), "another siyu build (pid \(owner)) is writing \(display)",
                             hint: "wait for it to finish; builds into one output folder run one at a time")
            }
            try? FileManager.default.removeItem(at: url) // stale: its build is gone
        }
        throw .error(at: SourceLocation(file: display), "cannot take the build lock \(url.lastPathComponent)")
    }

    mutating func release() {
        guard held else { return }
        try? FileManager.default.removeItem(at: url)
        held = false
    }
}
