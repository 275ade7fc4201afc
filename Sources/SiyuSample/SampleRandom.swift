/// xoshiro256** seeded by SplitMix64, with distributions built only from +, −, ×, ÷ and our own log/exp, so a seed
/// gives the same numbers (and the same CSV bytes) on every platform and libm.
struct SampleRandom {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform integer in 0..<n.
    mutating func int(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Exponential with the given mean.
    mutating func exponential(mean: Double) -> Double { -mean * DeterministicMath.log(1 - unit()) }

    /// Standard normal (Box–Muller's polar form needs only log and sqrt).
    mutating func normal() -> Double {
        while true {
            let u = 2 * unit() - 1, v = 2 * unit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 { return u * (-2 * DeterministicMath.log(s) / s).squareRoot() }
        }
    }

    mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * DeterministicMath.exp(sigma * normal())
    }

    /// An index drawn with the given weights.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}

/// log and exp from basic arithmetic only (IEEE-exact operations), so results do not depend on the platform's libm.
enum DeterministicMath {
    static let ln2 = 0.693_147_180_559_945_3

    static func log(_ x: Double) -> Double {
        guard x > 0 else { return -1e300 }
        var m = x
        var k = 0.0
        while m > 2 { m /= 2; k += 1 }
        while m < 1 { m *= 2; k -= 1 }
        // ln(m) = 2·atanh((m−1)/(m+1)), with m in [1, 2): the series converges fast.
        let y = (m - 1) / (m + 1)
        let y2 = y * y
        var term = y
        var sum = 0.0
        var n = 1.0
        while n < 60 {
            sum += term / n
            term *= y2
            n += 2
        }
        return 2 * sum + k * ln2
    }

    static func exp(_ x: Double) -> Double {
        guard x < 700 else { return .infinity }
        guard x > -700 else { return 0 }
        let k = (x / ln2).rounded(.down)
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...25 {
            term *= r / Double(n)
            sum += term
        }
        var result = sum
        if k > 0 { for _ in 0..<Int(k) { result *= 2 } } else { for _ in 0..<Int(-k) { result /= 2 } }
        return result
    }
}
