import Dispatch
import Foundation

/// Work that splits into independent items, spread over every core. Results come back in index order, so the
/// output never depends on how the items were scheduled: same input, same bytes. Iterations are handed out one at
/// a time, so put the longest items first. A `map` inside another runs on one core (libdispatch does not nest).
package enum Parallel {
    /// The cores work is spread over.
    package static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `transform(0) … transform(count - 1)` on every core, in index order.
    package static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, transform(index)) }
        return slots.values()
    }

    /// An array made of pieces written on every core: `write(piece, slice)` fills all of its `counts[piece]`
    /// elements. For joining large columns, where copying them one after another left a core idle.
    package static func joined<T: BitwiseCopyable & Sendable>(counts: [Int], _ write: @Sendable (Int, UnsafeMutableBufferPointer<T>) -> Void) -> [T] {
        var offsets = [0]
        for count in counts { offsets.append(offsets[offsets.count - 1] + count) }
        let total = offsets[counts.count], starts = offsets
        return [T](unsafeUninitializedCapacity: total) { buffer, initialized in
            let whole = DisjointWrites(buffer)
            _ = map(counts.count) { piece in
                write(piece, UnsafeMutableBufferPointer(rebasing: whole.buffer[starts[piece]..<starts[piece + 1]]))
            }
            initialized = total
        }
    }

    /// `transform` of every element of `items` on every core, in order.
    package static func map<Element: Sendable, T: Sendable>(_ items: [Element], _ transform: @Sendable (Element) -> T) -> [T] {
        map(items.count) { transform(items[$0]) }
    }
}

/// A buffer the iterations of one `Parallel.map` write, each at positions no other one writes, and that is read
/// only after `map` has returned: that discipline makes the `@unchecked Sendable` sound.
package struct DisjointWrites<T: Sendable>: @unchecked Sendable {
    package let buffer: UnsafeMutableBufferPointer<T>

    package init(_ buffer: UnsafeMutableBufferPointer<T>) {
        self.buffer = buffer
    }
}

/// One slot per index, written by exactly one iteration of `concurrentPerform` and read only after it returned.
/// A plain buffer rather than an array property: concurrent writes to distinct elements of a class's array would
/// trip Swift's exclusivity checks. That discipline is what makes the `@unchecked Sendable` sound.
private final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(_ count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: T) { buffer[index] = value }

    func values() -> [T] { buffer.compactMap { $0 } }
}
