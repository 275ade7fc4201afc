import Foundation
import Testing

/// Runs the built `siyu` binary as a user would, on a generated project in a temporary folder.
@Suite(.serialized) struct EndToEndTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL? {
        let candidates = [
            Bundle.main.bundleURL.appending(path: "siyu"),
            Bundle.main.bundleURL.deletingLastPathComponent().appending(path: "siyu"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appending(path: ".build/debug/siyu"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
        struct MissingBinary: Error, CustomStringConvertible {
            var description: String { "build the siyu executable first (swift build)" }
        }
        guard let binary = Self.binary else { throw MissingBinary() }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Relative path → SHA-free fingerprint (the bytes themselves) of every file under a folder.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.resolvingSymlinksInPath().path
        let walker = FileManager.default.enumerator(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[String(url.resolvingSymlinksInPath().path.dropFirst(root.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    func makeProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "siyu-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sample = try run(["sample", "--scale", "0.005", "--months", "6", "--out", "project", "--quiet"], in: folder)
        #expect(sample.status == 0, "\(sample.stderr)")
        let playbooks = folder.appending(path: "project/Content/playbooks/sop")
        try FileManager.default.createDirectory(at: playbooks, withIntermediateDirectories: true)
        try """
        ---
        title: 欢迎 <流程>
        section: SOP
        kpis: [pool_new, early_loss_rate]
        ---
        ## 第一步
        本期新增 {{< kpi pool_new >}}。

        ## 第二步
        - [ ] 发欢迎语
        """.write(to: playbooks.appending(path: "welcome.md"), atomically: true, encoding: .utf8)
        return folder.appending(path: "project")
    }

    @Test func buildWritesTheSiteAndIsDeterministic() throws {
        let project = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }

        let first = try run(["build", "--project", project.path], in: project.deletingLastPathComponent())
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("[1/6] config"))
        #expect(first.stdout.contains("[6/6] write"))
        let site = try snapshot(project.appending(path: "Output"))
        for path in ["index.html", "playbooks/index.html", "playbooks/sop/welcome.html", "assets/siyu.css", ".siyu-output"] {
            #expect(site[path] != nil, "missing \(path)")
        }
        let welcome = String(decoding: site["playbooks/sop/welcome.html"] ?? Data(), as: UTF8.self)
        #expect(welcome.contains("欢迎 &lt;流程&gt;"))
        #expect(welcome.contains("kpi-inline"))
        #expect(!welcome.contains("{{<"))
        let index = String(decoding: site["index.html"] ?? Data(), as: UTF8.self)
        #expect(index.contains("客户总数"))
        #expect(!index.contains("http://") && !index.contains("https://"))

        // Same inputs, another output folder, quiet, from another working directory: byte-identical.
        let second = try run(["--project", ".", "--out", "Second", "--quiet"], in: project)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.isEmpty)
        #expect(try snapshot(project.appending(path: "Second")) == site)
    }

    @Test func badRowFailsWithLocationAndKeepsThePreviousSite() throws {
        let project = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        #expect(try run(["build", "--quiet"], in: project).status == 0)
        let before = try snapshot(project.appending(path: "Output"))

        let contacts = project.appending(path: "Content/data/contacts.csv")
        var lines = try String(contentsOf: contacts, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = lines[3].replacingOccurrences(of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"#, with: "2025-13-45 10:00",
                                                 options: .regularExpression)
        try lines.joined(separator: "\n").write(to: contacts, atomically: true, encoding: .utf8)

        let failed = try run(["build"], in: project)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Content/data/contacts.csv:4:"))
        #expect(failed.stderr.contains(": error: added_at \"2025-13-45 10:00\" is not a date and time"))
        #expect(failed.stderr.contains("hint:"))
        #expect(try snapshot(project.appending(path: "Output")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".Output") }
        #expect(leftovers.isEmpty)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let folder = FileManager.default.temporaryDirectory
        #expect(try run(["build", "--no-such-option"], in: folder).status == 2)
        let noProject = try run(["build", "--project", "/nonexistent-siyu-project"], in: folder)
        #expect(noProject.status == 1)
        #expect(noProject.stderr.contains("siyu.yml"))
    }
}

extension EndToEndTests {
    @Test func kpisCommandPrintsJSONAndGatesOnTargets() throws {
        let project = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let json = try run(["kpis", "--format", "json"], in: project)
        #expect(json.status == 0, "\(json.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((document?["kpis"] as? [String: Any])?["pool_total"] != nil)

        // A target nobody can meet: the command still prints, then exits 3 and names the breach.
        let config = project.appending(path: "siyu.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "targets:\n", with: "targets:\n  pool_total: {min: 100000000}\n")
        try text.write(to: config, atomically: true, encoding: .utf8)
        let gated = try run(["kpis", "--fail-on-alert"], in: project)
        #expect(gated.status == 3)
        #expect(gated.stdout.contains("pool_total"))
        #expect(gated.stderr.contains("alert: pool_total"))
        let build = try run(["build", "--quiet", "--fail-on-alert"], in: project)
        #expect(build.status == 3)
        #expect(FileManager.default.fileExists(atPath: project.appending(path: "Output/index.html").path))
        #expect(try run(["build", "--quiet"], in: project).status == 0)
    }
}

extension EndToEndTests {
    @Test func aMalformedPeriodIsAUsageError() throws {
        let result = try run(["build", "--period", "2025-13"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("2025-W48"))
    }
}

extension EndToEndTests {
    /// `siyu sample --out` onto a project refuses to replace its exports, unless `--force`.
    @Test func sampleKeepsAProjectsFilesUnlessForced() throws {
        let project = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let folder = project.deletingLastPathComponent()
        let exports = try snapshot(project.appending(path: "Content/data"))
        let refused = try run(["sample", "--scale", "0.001", "--seed", "7", "--out", "project", "--quiet"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("project/siyu.yml: error: refusing to overwrite"), "\(refused.stderr)")
        #expect(try snapshot(project.appending(path: "Content/data")) == exports)
        let forced = try run(["sample", "--scale", "0.001", "--seed", "7", "--out", "project", "--quiet", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try snapshot(project.appending(path: "Content/data")) != exports)
    }
}

extension EndToEndTests {
    /// A period after the data is an error, not a report of zeros with alerts; the data's last period is fine.
    @Test func aPeriodAfterTheDataIsAnError() throws {
        let project = try makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let after = try run(["kpis", "--period", "2025-12", "--format", "csv"], in: project)
        #expect(after.status == 1)
        #expect(after.stderr.contains("--period: error: the data has nothing in 2025-12: it ends on 2025-11-30"), "\(after.stderr)")
        #expect(after.stdout.isEmpty)
        #expect(try run(["kpis", "--period", "2025-11", "--format", "csv"], in: project).status == 0)
        #expect(try run(["kpis", "--period", "2025-W48", "--format", "csv"], in: project).status == 0)
    }
}
