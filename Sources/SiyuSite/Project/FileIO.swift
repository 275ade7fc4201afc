import Foundation

/// The file-system calls the build makes, behind closures: `.live` for disk, and tests can substitute their own
/// (for example to inject a write failure).
package struct FileIO: Sendable {
    package var read: @Sendable (URL) throws -> [UInt8]
    package var write: @Sendable ([UInt8], URL) throws -> Void
    package var createDirectory: @Sendable (URL) throws -> Void
    /// Puts the file `existing` at the second URL too, without copying, if it holds exactly these bytes; true if it did.
    package var reuse: @Sendable (_ bytes: [UInt8], _ existing: URL, _ destination: URL) -> Bool

    package init(read: @escaping @Sendable (URL) throws -> [UInt8], write: @escaping @Sendable ([UInt8], URL) throws -> Void,
                 createDirectory: @escaping @Sendable (URL) throws -> Void,
                 reuse: @escaping @Sendable ([UInt8], URL, URL) -> Bool = { _, _, _ in false }) {
        self.read = read
        self.write = write
        self.createDirectory = createDirectory
        self.reuse = reuse
    }

    package static let live = FileIO(
        read: { url in try PlainFile.read(url.path) },
        write: { bytes, url in try PlainFile.write(bytes, to: url.path) },
        createDirectory: { url in try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) },
        reuse: { bytes, existing, destination in
            PlainFile.holds(bytes, at: existing.path) && PlainFile.link(existing.path, as: destination.path)
        }
    )

    package func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    /// A regular file found under a folder: its path relative to the folder, where it really is once symbolic
    /// links are resolved, and whether a link (the file or a folder on the way) led there.
    package struct FolderFile: Sendable, Hashable {
        package var path: String
        package var resolved: URL
        package var isLinked: Bool
    }

    /// Regular files under a folder, as sorted paths relative to it (hidden files skipped). Symbolic links are
    /// followed only where they stay inside the folder; `entries(under:)` reports the others.
    package func files(under folder: URL) -> [String] {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        return entries(under: folder).filter { $0.resolved.path.hasPrefix(root + "/") }.map(\.path)
    }

    /// Every regular file under a folder, symbolic links to files and folders followed (each real folder once, so a
    /// link cycle ends), sorted by relative path. Callers decide whether a file that resolves elsewhere is allowed.
    package func entries(under folder: URL) -> [FolderFile] {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        var found: [FolderFile] = []
        walk(root, prefix: "", linked: false, ancestors: [root.path], into: &found)
        return found.sorted { $0.path < $1.path }
    }

    private func walk(_ folder: URL, prefix: String, linked: Bool, ancestors: Set<String>, into found: inout [FolderFile]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appending(path: name)
            let relative = prefix + name
            // lstat does not follow a link, so a link is seen as one; then stat where it leads. (FileManager's
            // attributes and existence checks were 3% of a 10,000-playbook build, run before anything else.)
            guard let type = PlainFile.type(url.path, followingLinks: false) else { continue }
            let isLink = type == .link
            let target = isLink ? url.resolvingSymlinksInPath() : url
            guard let targetType = isLink ? PlainFile.type(target.path, followingLinks: true) : type else {
                // A dangling link: reported with where it points, so the caller can name it.
                if isLink { found.append(FolderFile(path: relative, resolved: target, isLinked: true)) }
                continue
            }
            if targetType == .folder {
                // A link back to a folder on the way down would never end.
                guard !ancestors.contains(target.path) else { continue }
                walk(target, prefix: relative + "/", linked: linked || isLink, ancestors: ancestors.union([target.path]),
                     into: &found)
            } else if isLink || type == .regular {
                found.append(FolderFile(path: relative, resolved: target, isLinked: linked || isLink))
            }
        }
    }
}
