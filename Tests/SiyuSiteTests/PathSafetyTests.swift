import Foundation
import SiyuCore
import Testing
@testable import SiyuSite

/// A project may only read files inside itself: a symbolic link (to a file or a folder) in the playbooks or data
/// folder that points outside the project, or a configured path that leaves it, is an error located at the file
/// (or at siyu.yml), never a silent read of someone else's file. Links that stay inside still work, and a link
/// cycle ends. Every file the writer writes stays under the output root.
@Suite struct PathSafetyTests {
    /// A project with one playbook and a contacts export, plus a folder outside it holding "secret" files.
    func makeProject() throws -> (project: URL, outside: URL) {
        let base = FileManager.default.temporaryDirectory.appending(path: "siyu-paths-\(UUID().uuidString)")
        let project = base.appending(path: "project")
        let outside = base.appending(path: "outside")
        let manager = FileManager.default
        for folder in ["Content/playbooks/sop", "Content/data"] {
            try manager.createDirectory(at: project.appending(path: folder), withIntermediateDirectories: true)
        }
        try manager.createDirectory(at: outside.appending(path: "folder"), withIntermediateDirectories: true)
        try Data("title: T\n".utf8).write(to: project.appending(path: "siyu.yml"))
        try Data("---\ntitle: Welcome\n---\n# Hi\n".utf8).write(to: project.appending(path: "Content/playbooks/sop/welcome.md"))
        try Data("contact_id,added_at\nc1,2025-11-03 14:05\n".utf8).write(to: project.appending(path: "Content/data/contacts.csv"))
        try Data("---\ntitle: Secret\n---\nsecret\n".utf8).write(to: outside.appending(path: "secret.md"))
        try Data("---\ntitle: Deep\n---\ndeep\n".utf8).write(to: outside.appending(path: "folder/deep.md"))
        try Data("order_id,customer_id,paid_at,amount\n".utf8).write(to: outside.appending(path: "orders.csv"))
        return (project, outside)
    }

    func link(_ path: String, in project: URL, to target: URL) throws {
        try FileManager.default.createSymbolicLink(at: project.appending(path: path), withDestinationURL: target)
    }

    func playbookErrors(_ project: URL) throws -> [Diagnostic] {
        let loader = ProjectLoader(root: project)
        let config = try loader.config()
        do {
            _ = try loader.playbookSources(config)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func aLinkedPlaybookOutsideTheProjectIsALocatedError() throws {
        let (project, outside) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try link("Content/playbooks/sop/leak.md", in: project, to: outside.appending(path: "secret.md"))
        let errors = try playbookErrors(project)
        #expect(errors.count == 1)
        #expect(errors.first?.location.file == "Content/playbooks/sop/leak.md")
        #expect(errors.first?.message.contains("outside the project") == true)
    }

    @Test func aLinkedFolderOutsideTheProjectIsALocatedError() throws {
        let (project, outside) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try link("Content/playbooks/external", in: project, to: outside.appending(path: "folder"))
        let errors = try playbookErrors(project)
        #expect(errors.map(\.location.file) == ["Content/playbooks/external/deep.md"])
    }

    @Test func linksInsideTheProjectWorkAndACycleEnds() throws {
        let (project, _) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try link("Content/playbooks/alias.md", in: project, to: project.appending(path: "Content/playbooks/sop/welcome.md"))
        try link("Content/playbooks/sop/loop", in: project, to: project.appending(path: "Content/playbooks"))
        let loader = ProjectLoader(root: project)
        let sources = try loader.playbookSources(try loader.config())
        #expect(sources.map(\.relativePath) == ["alias.md", "sop/welcome.md"])
    }

    @Test func aLinkedExportOutsideTheProjectIsALocatedError() throws {
        let (project, outside) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try link("Content/data/orders.csv", in: project, to: outside.appending(path: "orders.csv"))
        let loader = ProjectLoader(root: project)
        #expect {
            _ = try loader.dataSources(try loader.config())
        } throws: { error in
            let diagnostics = (error as? DiagnosticList)?.diagnostics ?? []
            return diagnostics.map(\.location.file) == ["Content/data/orders.csv"]
                && diagnostics.first?.message.contains("outside the project") == true
        }
    }

    /// An export named explicitly in siyu.yml may live outside the project (a shared export folder): the user chose
    /// it. Only files found by convention, and links among them, must stay inside.
    @Test(arguments: ["../outside/orders.csv", "ABSOLUTE"])
    func aConfiguredDataPathOutsideTheProjectIsRead(path: String) throws {
        let (project, outside) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let configured = path == "ABSOLUTE" ? outside.appending(path: "orders.csv").path : path
        try Data("title: T\ndata:\n  orders: \"\(configured)\"\n".utf8).write(to: project.appending(path: "siyu.yml"))
        let loader = ProjectLoader(root: project)
        let sources = try loader.dataSources(try loader.config())
        #expect(sources.map(\.table) == [.contacts, .orders])
    }

    @Test func aPlaybooksFolderOutsideTheProjectIsAnError() throws {
        let (project, _) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try Data("title: T\nplaybooks:\n  dir: ../outside\n".utf8).write(to: project.appending(path: "siyu.yml"))
        let errors = try playbookErrors(project)
        #expect(errors.map(\.location.file) == ["siyu.yml"])
    }

    @Test func theBuildFailsWithTheLocatedErrorAndWritesNothing() throws {
        let (project, outside) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try link("Content/playbooks/leak.md", in: project, to: outside.appending(path: "secret.md"))
        let output = project.appending(path: "Output")
        #expect {
            _ = try SiteBuilder(options: BuildOptions(project: project, output: output)).build()
        } throws: { error in
            "\(error)".contains("Content/playbooks/leak.md") && "\(error)".contains("outside the project")
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: ["../escape.html", "/tmp/escape.html", "a/../../escape.html", "./x.html", "a/./b.html",
                      "a/..", "..", "", "/"])
    func theWriterRefusesEveryPathThatLeavesTheOutput(path: String) throws {
        let (project, _) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let output = project.appending(path: "Output")
        #expect(throws: Diagnostic.self) {
            try OutputWriter(output: output, projectRoot: project).write(["index.html": [1], path: [2]])
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(!FileManager.default.fileExists(atPath: project.appending(path: "escape.html").path))
    }

    @Test func everyWrittenFileIsUnderTheOutputRoot() throws {
        let (project, _) = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let output = project.appending(path: "Output")
        let files = ["index.html": [UInt8](), "a/b/c.html": [1], "assets/x..y.js": [2], "sop/a.b/c.html": [3]]
        try OutputWriter(output: output, projectRoot: project).write(files)
        let root = output.resolvingSymlinksInPath().path
        let written = FileIO.live.entries(under: output).filter { $0.path != OutputWriter.marker }
        #expect(Set(written.map(\.path)) == Set(files.keys))
        for file in written { #expect(file.resolved.path.hasPrefix(root + "/")) }
    }
}
