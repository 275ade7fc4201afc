import Foundation
import SiyuContent
import SiyuCore
import SiyuData

/// Reads a project's inputs from disk: config, exports, playbooks, template overrides. Paths in messages are
/// relative to the project, so they read the same on every machine.
package struct ProjectLoader: Sendable {
    package let root: URL
    package let io: FileIO

    package init(root: URL, io: FileIO = .live) {
        self.root = root.standardizedFileURL
        self.io = io
    }

    package func config(file: String? = nil) throws(Diagnostic) -> SiteConfig {
        let name = file ?? "siyu.yml"
        let url = resolve(name)
        guard io.exists(url) else {
            throw .error(at: SourceLocation(file: name), "no siyu.yml in \(root.path)",
                         hint: "run siyu in a project folder, pass --project DIR, or create one with `siyu init DIR`")
        }
        guard let bytes = try? io.read(url) else { throw .error(at: SourceLocation(file: name), "cannot read \(name)") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .error(at: SourceLocation(file: name, line: 1), "siyu.yml is not valid UTF-8", hint: "save it as UTF-8")
        }
        return try SiteConfig.parse(text, file: name)
    }

    /// The exports that exist; contacts is required and reported missing by the reader.
    package func dataSources(_ config: SiteConfig) throws(DiagnosticList) -> [DataSource] {
        var sources: [DataSource] = []
        var problems: [Diagnostic] = []
        for table in DataTable.allCases {
            let file = config.dataFiles[table]
            let path = file?.path ?? "\(config.dataDirectory)/\(table.defaultFileName)"
            let url = resolve(path)
            // A path written in siyu.yml is the user's explicit choice (a shared export folder, say); a file found
            // by convention in the data folder must not lead outside through a link.
            if file?.path == nil, let outside = outsideProject(url) {
                problems.append(.error(at: SourceLocation(file: path), "\(path) \(outside), outside the project",
                                       hint: "copy the export into the project instead of linking to it, or name it in siyu.yml"))
                continue
            }
            guard io.exists(url) else {
                if file?.path != nil {
                    problems.append(.error(at: SourceLocation(file: "siyu.yml"), "data file \(path) does not exist",
                                           hint: "fix data: \(table.rawValue): in siyu.yml"))
                }
                continue
            }
            do {
                // Mapped rather than copied: the reader hands pages back as it goes, so memory stays flat.
                let content = try SourceBytes.mapping(path: url.path) ?? SourceBytes(io.read(url))
                sources.append(DataSource(table: table, path: path, content: content, encoding: file?.encoding,
                                          delimiter: file?.delimiter, columns: file?.columns ?? [:]))
            } catch {
                problems.append(.error(at: SourceLocation(file: path), "cannot read the file: \(error.localizedDescription)"))
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return sources
    }

    package func playbookSources(_ config: SiteConfig) throws(DiagnosticList) -> [PlaybookSource] {
        let folder = resolve(config.playbooksDirectory)
        if let outside = outsideProject(folder, allowRoot: true) {
            throw DiagnosticList([.error(at: SourceLocation(file: "siyu.yml"), "\(config.playbooksDirectory) \(outside), outside the project",
                                         hint: "keep playbooks inside the project folder: fix playbooks: dir: in siyu.yml")])
        }
        let entries = io.entries(under: folder).filter { $0.path.hasSuffix(".md") || $0.path.hasSuffix(".markdown") }
        let projectPath = root.resolvingSymlinksInPath().path
        // Files are checked and read on every core, then gathered in path order: reading 10,000 playbooks one by
        // one was the first second of a 10,000-playbook build, with the other core idle.
        let results = Parallel.map(entries) { entry -> Result<PlaybookSource, Diagnostic> in
            let relative = entry.path
            let display = "\(config.playbooksDirectory)/\(relative)"
            // The relative path becomes the slug and the page's output path: it must not climb or be absolute.
            let components = relative.split(separator: "/", omittingEmptySubsequences: false)
            guard !relative.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." }) else {
                return .failure(.error(at: SourceLocation(file: display), "the playbook path \(relative) is not a plain relative path",
                                       hint: "rename the file or folder: no \"..\", \".\" or empty parts"))
            }
            // Only a file reached through a symbolic link can be outside: the folder itself was checked above.
            if entry.isLinked, let outside = outsideProject(folder.appending(path: relative), projectPath: projectPath) {
                return .failure(.error(at: SourceLocation(file: display), "\(display) \(outside), outside the project",
                                       hint: "copy the playbook into the project instead of linking to it"))
            }
            guard let bytes = try? io.read(entry.resolved) else {
                return .failure(.error(at: SourceLocation(file: display), "cannot read the file"))
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(.error(at: SourceLocation(file: display, line: 1), "the file is not valid UTF-8",
                                       hint: "save it as UTF-8"))
            }
            let markdownPath = relative.hasSuffix(".markdown") ? String(relative.dropLast(9)) + ".md" : relative
            return .success(PlaybookSource(relativePath: markdownPath, displayPath: display, text: text))
        }
        var sources: [PlaybookSource] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let source): sources.append(source)
            case .failure(let problem): problems.append(problem)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return sources
    }

    /// The project's own `Templates/`, overriding the built-in files of the same path.
    package func templateOverrides() -> [String: [UInt8]] {
        let folder = root.appending(path: "Templates")
        var files: [String: [UInt8]] = [:]
        for relative in io.files(under: folder) {
            if let bytes = try? io.read(folder.appending(path: relative)) { files[relative] = bytes }
        }
        return files
    }

    /// Why `url` (symbolic links resolved) is outside the project — "is a symbolic link to …" or "is …" — or
    /// nil when it is inside (or, with `allowRoot`, the project folder itself).
    /// `projectPath`: the project folder's real path, when the caller has it already.
    func outsideProject(_ url: URL, allowRoot: Bool = false, projectPath: String? = nil) -> String? {
        let projectPath = projectPath ?? root.resolvingSymlinksInPath().path
        let real = url.standardizedFileURL.resolvingSymlinksInPath().path
        if real.hasPrefix(projectPath + "/") || (allowRoot && real == projectPath) { return nil }
        let isLink = real != url.standardizedFileURL.path
        return isLink ? "is a symbolic link to \(real)" : "is \(real)"
    }

    package func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
    }
}
