import Dispatch

/// Work that splits into independent items, spread over every core. Results come back in index order, so the
/// output never depends on how the items were scheduled: same input, same bytes. Iterations are handed out one at
/// a time, so put the longest items first. A `map` inside another runs on one core (libdispatch does not nest).
package enum Parallel {
    /// `transform(0) … transform(count - 1)` on every core, in index order.
    package static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, transform(index)) }
        return slots.values()
    }

    /// `transform` of every element of `items` on every core, in order.
    package static func map<Element: Sendable, T: Sendable>(_ items: [Element], _ transform: @Sendable (Element) -> T) -> [T] {
        map(items.count) { transform(items[$0]) }
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
