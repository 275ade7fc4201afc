import Foundation

/// Gauss hypergeometric function ₂F₁(a, b; c; z) for |z| < 1, needed by the BG/NBD expectations
/// (KPIS.md §7(c)). Foundation has no ₂F₁, so we sum the power series the way BTYD's `h2f1` does.
package enum Hypergeometric {
    /// Series terms before giving up. Near z = 1 the terms decay like zʲ·j^(a+b−c−1), which at
    /// z = 0.999 still converges within ~10⁵ terms; past this cap z is too close to 1 to matter here.
    package static let maxTerms = 500_000

    /// ₂F₁(a, b; c; z). Sums u₀ = 1, uⱼ = uⱼ₋₁·(a+j−1)(b+j−1)/((c+j−1)·j)·z until the sum stops changing.
    /// When that plain sum overflows or does not converge, the value comes from the log-space path
    /// (which may still be ±∞ if the true value exceeds Double). NaN when |z| ≥ 1 or c is a pole.
    package static func hyp2f1(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> Double {
        guard a.isFinite, b.isFinite, c.isFinite, abs(z) < 1 else { return .nan }
        if let plain = series(a, b, c, z, rescale: false) { return plain.value }
        guard let log = signedLogHyp2f1(a, b, c, z) else { return .nan }
        return log.sign * exp(log.magnitude)
    }

    /// ln ₂F₁(a, b; c; z) for a positive value, which is every use with a, b, c > 0 and 0 ≤ z < 1.
    /// NaN if the value is ≤ 0 or undefined.
    package static func logHyp2f1(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> Double {
        guard let log = signedLogHyp2f1(a, b, c, z), log.sign > 0 else { return .nan }
        return log.magnitude
    }

    /// ln|₂F₁(a, b; c; z)| and the sign of ₂F₁ (negative values occur when c < 0, e.g. a BG/NBD fit with
    /// a + b < 1). Callers multiply ₂F₁ by a tiny power term, so working in logs avoids ∞·0.
    /// Nil when |z| ≥ 1, c is a pole, or neither series below converges.
    ///
    /// The direct series is summed with rescaling, so it cannot overflow. Euler's transform
    /// ₂F₁(a,b;c;z) = (1−z)^(c−a−b)·₂F₁(c−a, c−b; c; z), lifetimes' fallback, is the other route:
    /// tried second, or first when a+b−c > 2, where the direct terms grow like j^(a+b−c−1) before
    /// they decay (a heavy buyer's eq. 10 has a+b−c ≈ x) while the transformed ones fall off fast.
    package static func signedLogHyp2f1(_ a: Double, _ b: Double, _ c: Double, _ z: Double)
        -> (magnitude: Double, sign: Double)? {
        guard a.isFinite, b.isFinite, c.isFinite, abs(z) < 1 else { return nil }
        if z == 0 { return (0, 1) }
        let eulerFirst = a + b - c > 2
        if eulerFirst, let log = euler(a, b, c, z) { return log }
        if let direct = series(a, b, c, z, rescale: true), direct.value != 0 {
            return (log(abs(direct.value)) + direct.logScale, direct.value < 0 ? -1 : 1)
        }
        return eulerFirst ? nil : euler(a, b, c, z)
    }

    private static func euler(_ a: Double, _ b: Double, _ c: Double, _ z: Double)
        -> (magnitude: Double, sign: Double)? {
        guard let sum = series(c - a, c - b, c, z, rescale: true), sum.value != 0 else { return nil }
        let magnitude = (c - a - b) * log1p(-z) + log(abs(sum.value)) + sum.logScale
        guard !magnitude.isNaN else { return nil }
        return (magnitude, sum.value < 0 ? -1 : 1)
    }

    /// The power series; the true sum is value·e^logScale. With `rescale`, value and term are divided
    /// down whenever they grow past 1e200, so huge sums (large a, b near z → 1) stay representable.
    /// Nil when it does not converge in `maxTerms`, overflows without rescaling, or hits a pole of c.
    private static func series(_ a: Double, _ b: Double, _ c: Double, _ z: Double, rescale: Bool)
        -> (value: Double, logScale: Double)? {
        var term = 1.0
        var sum = 1.0
        var logScale = 0.0
        for j in 1...maxTerms {
            let k = Double(j)
            let ratio = (a + k - 1) * (b + k - 1) / ((c + k - 1) * k) * z
            guard ratio.isFinite else { return nil }
            term *= ratio
            let next = sum + term
            guard next.isFinite else { return nil }
            // "Stops changing" alone could stop early while terms are still growing (tiny a or b);
            // requiring |ratio| < 1 means every later term is smaller too.
            if next == sum && abs(ratio) < 1 { return (sum, logScale) }
            sum = next
            if term == 0 { return (sum, logScale) }  // a or b a non-positive integer: the series ended
            if rescale {
                let size = max(abs(sum), abs(term))
                if size > 1e200 {
                    sum /= size
                    term /= size
                    logScale += log(size)
                }
            }
        }
        return nil
    }
}
