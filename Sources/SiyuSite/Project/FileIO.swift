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

    /// Regular files under a folder, as sorted paths relative to it (hidden files skipped).
    package func files(under folder: URL) -> [String] {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(root.path + "/") else { continue }
            paths.append(String(path.dropFirst(root.path.count + 1)))
        }
        return paths.sorted()
    }
}
