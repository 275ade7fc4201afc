import Foundation
import Testing

@Suite(.serialized) struct DeterminismAndPrivacyTests {
    let e2e = EndToEndTests()

    /// Copies a project file by file in reverse order, so the directory order on disk differs from the original.
    func reversedCopy(of project: URL, to copy: URL) throws {
        let root = project.resolvingSymlinksInPath().path
        var files: [String] = []
        let walker = FileManager.default.enumerator(at: project.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(String(url.resolvingSymlinksInPath().path.dropFirst(root.count + 1)))
            }
        }
        for path in files.sorted().reversed() where !path.hasPrefix("Output") && !path.hasPrefix(".siyu") {
            let target = copy.appending(path: path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: project.appending(path: path), to: target)
        }
    }

    @Test func identicalTreesAcrossZonesLocalesFoldersAndFileOrder() throws {
        let project = try e2e.makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let first = try e2e.run(["build", "--quiet"], in: project,
                                environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C", "SIYU_SECRET": "fixed-key"])
        #expect(first.status == 0, "\(first.stderr)")

        let copy = project.deletingLastPathComponent().appending(path: "copy")
        try reversedCopy(of: project, to: copy)
        let second = try e2e.run(["build", "--quiet", "--project", copy.path], in: FileManager.default.temporaryDirectory,
                                 environment: ["TZ": "America/Los_Angeles", "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8",
                                               "SIYU_SECRET": "fixed-key"])
        #expect(second.status == 0, "\(second.stderr)")
        let a = try e2e.snapshot(project.appending(path: "Output"))
        let b = try e2e.snapshot(copy.appending(path: "Output"))
        #expect(a.keys.sorted() == b.keys.sorted())
        for path in a.keys.sorted() where a[path] != b[path] { Issue.record("\(path) differs between the two builds") }
        // No absolute path of this machine in any page.
        for (path, data) in a {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(project.path) && !text.contains(FileManager.default.temporaryDirectory.path), "\(path)")
        }
    }

    @Test func noPersonalDataReachesTheOutput() throws {
        let project = try e2e.makeProject()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        #expect(try e2e.run(["build", "--quiet"], in: project).status == 0)

        // Every name, phone, remark and raw contact id of the input.
        let contacts = try String(contentsOf: project.appending(path: "Content/data/contacts.csv"), encoding: .utf8)
        var secrets = Set<String>()
        for line in contacts.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { continue }
            secrets.insert(fields[0])                       // contact id
            secrets.insert(fields[2])                       // phone
            if fields[1].count >= 2 { secrets.insert(fields[1]) } // name
            if let remark = fields.last, remark.count >= 4, !remark.contains("\"") { secrets.insert(remark) }
        }
        secrets.remove("")
        let site = try e2e.snapshot(project.appending(path: "Output"))
        for (path, data) in site {
            let text = String(decoding: data, as: UTF8.self)
            for secret in secrets where text.contains(secret) { Issue.record("\(path) contains \"\(secret)\"") }
            #expect(!containsMainlandMobile(text), "\(path) contains a mainland mobile number")
        }
        // The key behind masked ids stays in the project.
        #expect(site.keys.allSatisfy { !$0.contains("secret") })
    }

    /// `1[3-9]\d{9}` not inside a longer run of digits.
    func containsMainlandMobile(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        var index = 0
        while index + 11 <= bytes.count {
            if bytes[index] == 0x31, bytes[index + 1] >= 0x33, bytes[index + 1] <= 0x39, !digit(index - 1), !digit(index + 11),
               (2..<11).allSatisfy({ digit(index + $0) }) {
                return true
            }
            index += 1
        }
        return false
    }
}
