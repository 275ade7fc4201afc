/// A fixed stream of numbers for randomized tests (PCG's 64-bit LCG step, high bits out): the same inputs on
/// every run and platform, so a failure can be replayed from its seed.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
