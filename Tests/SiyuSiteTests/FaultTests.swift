import Foundation
import Testing

/// Interrupts real builds — killed at several points, out of disk space, on a read-only file system — and checks
/// each time that the previous site is complete and unchanged and the exit is non-zero with a clear message.
@Suite(.serialized) struct FaultTests {
    let e2e = EndToEndTests()

    @Test(arguments: ["first-file", "before-swap", "after-swap"])
    func killedBuildsLeaveACompleteSite(point: String) throws {
        let project = try e2e.makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        #expect(try e2e.run(["build", "--quiet"], in: project).status == 0)
        let before = try e2e.snapshot(project.appending(path: "Output"))

        // Change the data so a completed build would differ.
        let orders = project.appending(path: "Content/data/orders.csv")
        var lines = try String(contentsOf: orders, encoding: .utf8).components(separatedBy: "\n")
        lines.removeLast(3)
        try (lines.joined(separator: "\n") + "\n").write(to: orders, atomically: true, encoding: .utf8)

        let killed = try e2e.run(["build", "--quiet"], in: project, environment: ["SIYU_TEST_KILL_AT": point])
        #expect(killed.status != 0)
        let after = try e2e.snapshot(project.appending(path: "Output"))
        if point == "after-swap" {
            // Killed after the exchange: the new site is in place, whole.
            #expect(after != before)
            #expect(after.keys.sorted() == before.keys.sorted())
        } else {
            #expect(after == before)
        }
        // The next build cleans up what the killed one left behind.
        #expect(try e2e.run(["build", "--quiet"], in: project).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".Output") }
        #expect(leftovers.isEmpty)
    }

    /// Needs root (mount); skipped elsewhere.
    static var canMount: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount") }

    func mount(_ folder: URL, size: Int) -> Bool {
        shell("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path]) == 0
    }

    @discardableResult
    func shell(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: FaultTests.canMount)) func fullDiskAndReadOnlyOutput() throws {
        let project = try e2e.makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        // Measure one site, then give the output a disk that holds one site but not a second.
        #expect(try e2e.run(["build", "--quiet", "--out", "Measure"], in: project).status == 0)
        let size = try e2e.snapshot(project.appending(path: "Measure")).values.reduce(0) { $0 + $1.count }
        let disk = project.appending(path: "disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard mount(disk, size: size * 3 / 2 + 256 * 1024) else { return }
        defer { shell("/bin/umount", [disk.path]) }
        let output = disk.appending(path: "Output")
        #expect(try e2e.run(["build", "--quiet", "--out", output.path], in: project).status == 0)
        let before = try e2e.snapshot(output)

        // Change the data, so the new site differs from the old (files whose bytes are unchanged are hard-linked
        // from the current site and take no space), and fill the disk but for one page: the changed files cannot fit.
        let orders = project.appending(path: "Content/data/orders.csv")
        var lines = try String(contentsOf: orders, encoding: .utf8).components(separatedBy: "\n")
        lines.removeLast(3)
        try (lines.joined(separator: "\n") + "\n").write(to: orders, atomically: true, encoding: .utf8)
        let filler = disk.appending(path: "filler")
        let free = (try? FileManager.default.attributesOfFileSystem(forPath: disk.path)[.systemFreeSize] as? Int) ?? 0
        try Data(count: max(free - 4096, 0)).write(to: filler)
        let full = try e2e.run(["build", "--out", output.path], in: project)
        #expect(full.status == 1)
        #expect(full.stderr.contains("cannot write the site"))
        #expect(try e2e.snapshot(output) == before)
        try FileManager.default.removeItem(at: filler)

        // Read-only: the build fails cleanly and the site stays.
        #expect(shell("/bin/mount", ["-o", "remount,ro", disk.path]) == 0)
        let readOnly = try e2e.run(["build", "--out", output.path], in: project)
        #expect(readOnly.status == 1)
        #expect(!readOnly.stderr.isEmpty)
        #expect(try e2e.snapshot(output) == before)
    }
}
