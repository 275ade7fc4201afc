import Foundation
import SiyuCore
import Testing
@testable import SiyuSite

@Suite struct OutputWriterTests {
    func temporaryProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "siyu-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func contents(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileIO.live.files(under: folder) { files[path] = try? Data(contentsOf: folder.appending(path: path)) }
        return files
    }

    @Test func replacesTheSiteAndCleansUp() throws {
        let project = try temporaryProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let output = project.appending(path: "Output")
        let writer = OutputWriter(output: output, projectRoot: project)
        try writer.write(["index.html": Array("one".utf8), "a/b.html": Array("b".utf8)])
        try writer.write(["index.html": Array("two".utf8)])
        #expect(contents(output) == ["index.html": Data("two".utf8)])
        #expect(FileManager.default.fileExists(atPath: output.appending(path: OutputWriter.marker).path))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: project.path).sorted()
        #expect(siblings == ["Output"])
    }

    @Test func aFailedWriteLeavesThePreviousSite() throws {
        let project = try temporaryProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let output = project.appending(path: "Output")
        try OutputWriter(output: output, projectRoot: project).write(["index.html": Array("old".utf8)])
        let before = contents(output)

        // The third file hits a full disk.
        final class Counter: @unchecked Sendable { var writes = 0 }
        let counter = Counter()
        var failing = FileIO.live
        failing.write = { bytes, url in
            counter.writes += 1
            if counter.writes == 3 { throw CocoaError(.fileWriteOutOfSpace) }
            try FileIO.live.write(bytes, url)
        }
        let files = Dictionary(uniqueKeysWithValues: (0..<5).map { ("p\($0).html", Array("new".utf8)) })
        do {
            try OutputWriter(output: output, projectRoot: project, io: failing).write(files)
            Issue.record("expected the write to fail")
        } catch {
            #expect(error.message.contains("cannot write the site"))
            #expect(error.hint?.contains("previous site is unchanged") == true)
        }
        #expect(contents(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.path) == ["Output"])
    }

    @Test func refusesFoldersSiyuDidNotMake() throws {
        let project = try temporaryProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let mine = project.appending(path: "Documents")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: mine.appending(path: "thesis.docx"))
        for target in [mine, project, project.deletingLastPathComponent(), URL(fileURLWithPath: "/")] {
            #expect(throws: Diagnostic.self) { try OutputWriter(output: target, projectRoot: project).write(["x": [1]]) }
        }
        #expect(contents(mine) == ["thesis.docx": Data("keep".utf8)])
    }

    @Test func refusesPathsOutsideTheOutput() throws {
        let project = try temporaryProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let output = project.appending(path: "Output")
        for path in ["../escape.html", "/etc/passwd", "a/../../b", "./x"] {
            #expect(throws: Diagnostic.self) { try OutputWriter(output: output, projectRoot: project).write([path: [1]]) }
        }
        #expect(!FileManager.default.fileExists(atPath: project.appending(path: "escape.html").path))
    }

    @Test func aLiveLockFailsFastAndAStaleOneIsTakenOver() throws {
        let project = try temporaryProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let output = project.appending(path: "Output")
        let lock = project.appending(path: ".Output.lock")
        // pid 1 is always alive: another build holds the lock.
        try Data("1\n".utf8).write(to: lock)
        do {
            try OutputWriter(output: output, projectRoot: project).write(["index.html": [1]])
            Issue.record("expected the lock to stop the build")
        } catch {
            #expect(error.message.contains("another siyu build (pid 1)"))
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // A lock left by a process that is gone is stale.
        try Data("999999999\n".utf8).write(to: lock)
        try OutputWriter(output: output, projectRoot: project).write(["index.html": [1]])
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "index.html").path))
        #expect(!FileManager.default.fileExists(atPath: lock.path))
    }

    /// A file whose bytes are already in the current site is hard-linked from it (same inode), a changed one is
    /// written afresh; a build that fails after linking leaves the current site exactly as it was.
    @Test func unchangedFilesAreLinkedAndAFailedBuildLeavesThemAlone() throws {
        let project = try temporaryProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let output = project.appending(path: "Output")
        func inode(_ path: String) -> Int? {
            (try? FileManager.default.attributesOfItem(atPath: output.appending(path: path).path))?[.systemFileNumber] as? Int
        }
        let writer = OutputWriter(output: output, projectRoot: project)
        try writer.write(["same.html": Array("same".utf8), "a/old.html": Array("old".utf8)])
        let same = inode("same.html"), old = inode("a/old.html")

        var failing = FileIO.live
        failing.write = { _, _ in throw CocoaError(.fileWriteOutOfSpace) }
        #expect(throws: Diagnostic.self) {
            try OutputWriter(output: output, projectRoot: project, io: failing)
                .write(["same.html": Array("same".utf8), "a/old.html": Array("new".utf8)])
        }
        #expect(contents(output) == ["same.html": Data("same".utf8), "a/old.html": Data("old".utf8)])

        try writer.write(["same.html": Array("same".utf8), "a/old.html": Array("new".utf8), "b.html": Array("b".utf8)])
        #expect(contents(output) == ["same.html": Data("same".utf8), "a/old.html": Data("new".utf8), "b.html": Data("b".utf8)])
        #expect(inode("same.html") == same)
        #expect(inode("a/old.html") != old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.path) == ["Output"])
    }
}
