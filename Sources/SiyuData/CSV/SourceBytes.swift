#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one export. A file on disk is memory-mapped read-only, so a large export costs no copy, and the
/// pages the reader has passed can be handed back (`release`), so resident memory does not grow with the file.
/// Text produced in memory (tests, transcoded GB18030 or UTF-16) lives in a heap buffer.
///
/// `@unchecked Sendable`: the memory is written only before `init` returns and freed only in `deinit`; every
/// other use reads it.
package final class SourceBytes: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer?
    package let count: Int
    private let isMapped: Bool

    /// Takes ownership of `malloc`ed memory holding `count` bytes.
    init(adopting base: UnsafeMutableRawPointer?, count: Int) {
        self.base = count == 0 ? nil : base
        if count == 0, let base { free(base) }
        self.count = count
        isMapped = false
    }

    package convenience init(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else {
            self.init(adopting: nil, count: 0)
            return
        }
        // Running out of memory traps, as any Swift allocation does.
        guard let memory = malloc(bytes.count) else { preconditionFailure("out of memory") }
        bytes.withUnsafeBytes { source in
            if let start = source.baseAddress { memory.copyMemory(from: start, byteCount: source.count) }
        }
        self.init(adopting: memory, count: bytes.count)
    }

    private init(mapped base: UnsafeMutableRawPointer, count: Int) {
        self.base = base
        self.count = count
        isMapped = true
    }

    /// Maps a regular file; nil when it cannot be mapped (not a regular file, say), so the caller reads it instead.
    /// Like any mapped file, one truncated by another program while it is being read may stop the process.
    package static func mapping(path: String) -> SourceBytes? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        if size == 0 { return SourceBytes(adopting: nil, count: 0) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        return SourceBytes(mapped: address, count: size)
    }

    deinit {
        guard let base else { return }
        if isMapped { munmap(base, count) } else { free(base) }
    }

    /// The bytes. Valid while this object is alive: keep a reference next to any pointer taken from it.
    package var buffer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base?.assumingMemoryBound(to: UInt8.self), count: count)
    }

    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    /// Drops the whole pages of a mapped file inside `range` from memory; reading them again reloads them from
    /// the file. Does nothing for heap buffers.
    package func release(_ range: Range<Int>) {
        guard isMapped, let base else { return }
        let page = Self.pageSize
        let start = (range.lowerBound + page - 1) / page * page
        let end = min(range.upperBound, count) / page * page
        guard end > start else { return }
        _ = madvise(base + start, end - start, Int32(MADV_DONTNEED))
    }
}
