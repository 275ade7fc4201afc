import Dispatch

/// Runs `work(i)` for every i in 0..<count on all cores and returns the results in index order. Iterations are
/// handed out one at a time, so put the longest jobs first. With 2 cores this is what halves `siyu kpis`.
package func parallelMap<Result: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
    let slots = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(work(index), at: index) }
    return slots.results()
}

/// One slot per iteration, each written by exactly one thread: no two threads ever touch the same memory.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ result: Result, at index: Int) { buffer[index] = result }

    /// Every slot, once `concurrentPerform` has returned (each iteration stored its result).
    func results() -> [Result] { buffer.compactMap { $0 } }
}
