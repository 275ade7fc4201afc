import Foundation

/// The file-system calls the build makes, behind closures: `.live` for disk, and tests can substitute their own
/// (for example to inject a write failure).
package struct FileIO: Sendable {
    package var read: @Sendable (URL) throws -> [UInt8]
    package var write: @Sendable ([UInt8], URL) throws -> Void
    package var createDirectory: @Sendable (URL) throws -> Void

    package init(read: @escaping @Sendable (URL) throws -> [UInt8], write: @escaping @Sendable ([UInt8], URL) throws -> Void,
                 createDirectory: @escaping @Sendable (URL) throws -> Void) {
        self.read = read
        self.write = write
        self.createDirectory = createDirectory
    }

    package static let live = FileIO(
        read: { url in [UInt8](try Data(contentsOf: url, options: .alwaysMapped)) },
        write: { bytes, url in try Data(bytes).write(to: url) },
        createDirectory: { url in try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
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
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appending(path: name)
            let relative = prefix + name
            // `attributesOfItem` does not follow a link (lstat), so a link is seen as one.
            let type = (try? manager.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
            let isLink = type == .typeSymbolicLink
            let target = isLink ? url.resolvingSymlinksInPath() : url
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: target.path, isDirectory: &isDirectory) else {
                // A dangling link: reported with where it points, so the caller can name it.
                if isLink { found.append(FolderFile(path: relative, resolved: target, isLinked: true)) }
                continue
            }
            if isDirectory.boolValue {
                // A link back to a folder on the way down would never end.
                guard !ancestors.contains(target.path) else { continue }
                walk(target, prefix: relative + "/", linked: linked || isLink, ancestors: ancestors.union([target.path]),
                     into: &found)
            } else if isLink || type == .typeRegular {
                found.append(FolderFile(path: relative, resolved: target, isLinked: linked || isLink))
            }
        }
    }
}
