#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 produced by a transcoder, in `malloc`ed memory handed to `SourceBytes` at the end (`realloc` lets it grow
/// and shrink in place). Non-copyable, so the memory has exactly one owner.
struct TranscodeOutput: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = Self.resized(nil, to: self.capacity)
    }

    deinit {
        free(base)
    }

    var freeSpace: Int { capacity - count }

    /// Where the next byte goes; valid until the next `reserve`.
    var tail: UnsafeMutablePointer<UInt8> { base + count }

    mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        base = Self.resized(base, to: capacity)
    }

    mutating func advance(by written: Int) {
        count += written
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { reserve(1) }
        base[count] = byte
        count += 1
    }

    /// Hands the bytes over, shrunk to size.
    consuming func finish() -> SourceBytes {
        let memory = base
        let size = count
        discard self
        guard size > 0 else {
            free(memory)
            return SourceBytes(adopting: nil, count: 0)
        }
        return SourceBytes(adopting: realloc(memory, size) ?? UnsafeMutableRawPointer(memory), count: size)
    }

    /// Running out of memory traps, as any Swift allocation does.
    private static func resized(_ memory: UnsafeMutablePointer<UInt8>?, to size: Int) -> UnsafeMutablePointer<UInt8> {
        guard let moved = realloc(memory, size) else { preconditionFailure("out of memory") }
        return moved.assumingMemoryBound(to: UInt8.self)
    }
}

/// Why a transcoder stopped: the offset of the offending input, and the text converted before it (for the
/// line, column and source line of the message).
struct TranscodeFailure: Error {
    var inputOffset: Int
    var converted: SourceBytes
    /// The input ended in the middle of a character.
    var truncated: Bool
}
