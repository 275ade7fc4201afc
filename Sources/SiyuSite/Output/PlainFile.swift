import Foundation
import SiyuCore
#if canImport(Glibc)
import Glibc

private let systemWrite = Glibc.write
private let systemRead = Glibc.read
private let systemLink = Glibc.link
#elseif canImport(Darwin)
import Darwin

private let systemWrite = Darwin.write
private let systemRead = Darwin.read
private let systemLink = Darwin.link
#endif

/// The build's file calls, straight to the system: read, write, hard links, file types. `Data.write(to:)` also
/// stats the path and fsyncs every file; at N=10,000 playbooks the fsyncs alone were 5% of the build's CPU and
/// most of its time waiting on the disk. The site is not made durable file by file: what makes it safe is that
/// the new folder only replaces the old one, in one exchange, after every file was written (`OutputWriter`).
enum PlainFile {
    /// A failed call, with the path and the system's reason: `/x/Output/a.html: No space left on device`.
    struct Failure: LocalizedError {
        let path: String
        let code: Int32

        var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Writes `bytes` as a new file at `path`; fails if something is there already. Builds write only into a
    /// fresh folder, and never truncating an existing file means a file hard-linked from the current site can
    /// never be overwritten through its second name.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw Failure(path: path, code: failure) }
    }

    /// The whole file at `path`, with one plain read (Data's mapped read set up a mapping per small playbook).
    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(path: path, code: errno) }
        // One byte more than its size, so the read that finds the end needs no second buffer.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, code: errno)
            }
            if got == 0 {
                bytes.removeLast(bytes.count - count)
                return bytes
            }
            count += got
        }
    }

    enum FileType {
        case regular, folder, link, other
    }

    /// What is at `path` (the link itself unless `followingLinks`), or nil when nothing is.
    static func type(_ path: String, followingLinks: Bool) -> FileType? {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// Whether the regular file at `path` holds exactly `bytes` (false when it cannot be read, or is a link).
    static func holds(_ bytes: [UInt8], at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else {
            return false
        }
        // Compared a chunk at a time, so a big page (the print edition) needs no second copy in memory.
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: min(chunk, max(bytes.count, 1)))
        var offset = 0
        return bytes.withUnsafeBytes { expected in
            buffer.withUnsafeMutableBytes { scratch in
                guard let scratchBase = scratch.baseAddress else { return false }
                while offset < expected.count {
                    let wanted = min(scratch.count, expected.count - offset)
                    let got = systemRead(descriptor, scratchBase, wanted)
                    if got < 0, errno == EINTR { continue }
                    guard got > 0, let expectedBase = expected.baseAddress,
                          memcmp(scratchBase, expectedBase + offset, got) == 0 else { return false }
                    offset += got
                }
                // Nothing more: the file did not grow since fstat.
                return systemRead(descriptor, scratchBase, 1) == 0
            }
        }
    }

    /// A second name for the file at `existing`; false where the file system cannot (or it is gone).
    static func link(_ existing: String, as path: String) -> Bool {
        systemLink(existing, path) == 0
    }

    /// Removes the folder at `path` and everything in it: files unlinked on every core, then the folders, deepest
    /// first. What this leaves (it never follows a link) goes through FileManager. Removing the retired site
    /// with FileManager, one entry at a time, was the last 0.25 s of a 10,000-playbook build, on one core.
    static func removeTree(_ path: String) {
        var files: [String] = []
        var folders = [path]
        var next = 0
        while next < folders.count {
            let folder = folders[next]
            next += 1
            guard let directory = opendir(folder) else { continue }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != ".." else { continue }
                let child = folder + "/" + name
                let isFolder = entry.pointee.d_type == UInt8(DT_DIR)
                    || (entry.pointee.d_type == UInt8(DT_UNKNOWN) && type(child, followingLinks: false) == .folder)
                if isFolder { folders.append(child) } else { files.append(child) }
            }
            closedir(directory)
        }
        let names = files
        _ = Parallel.map(names.count) { unlink(names[$0]) }
        for folder in folders.reversed() { rmdir(folder) }
        if type(path, followingLinks: false) != nil { try? FileManager.default.removeItem(atPath: path) }
    }
}
