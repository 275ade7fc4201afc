/// BFGS minimiser for smooth objectives whose gradient is known, such as the BG/NBD likelihood: a few dozen
/// evaluations where `NelderMead` needs hundreds. Deterministic, like every fit in a report.
package enum QuasiNewton {
    /// The value and the gradient of an objective at a point.
    package typealias Objective = ([Double]) -> (value: Double, gradient: [Double])

    /// Minimises `f` from `start`, stopping when every component of the gradient is within `gradientTolerance` of
    /// 0, when an iteration lowers the value by no more than `fTolerance`·(1 + |value|) twice in a row, when no
    /// step along the search direction lowers it, or after `maxIterations`. `maxStep` caps how far one iteration
    /// moves any coordinate, so a flat ridge is followed step by step rather than jumped off. Non-finite values
    /// count as +∞: the line search backs off from them. Returns the best point and its value, which is finite
    /// unless `f` is not finite at `start`.
    package static func minimize(_ f: Objective, start: [Double], gradientTolerance: Double = 1e-10,
                                 fTolerance: Double = 1e-14, maxStep: Double = 2,
                                 maxIterations: Int = 500) -> (point: [Double], value: Double) {
        let n = start.count
        var point = start
        var (value, gradient) = f(point)
        precondition(gradient.count == n, "the gradient has a component per coordinate")
        guard value.isFinite, gradient.allSatisfy(\.isFinite) else { return (start, .infinity) }
        // The inverse Hessian's approximation, row-major; the identity until the first step gives it a scale.
        var inverse = identity(n)
        var scaled = false
        var slowIterations = 0
        for _ in 0..<maxIterations {
            guard gradient.contains(where: { abs($0) > gradientTolerance }) else { break }
            var direction = multiply(inverse, gradient).map { -$0 }
            if !(dot(direction, gradient) < 0) {
                // Not downhill (rounding in the approximation): start again from steepest descent.
                inverse = identity(n)
                scaled = false
                direction = gradient.map { -$0 }
            }
            let slope = dot(direction, gradient)
            let longest = direction.map(abs).max() ?? 0
            var length = min(1, maxStep / longest)
            var next: (point: [Double], value: Double, gradient: [Double])?
            // Backtracking until the value drops enough (Armijo's condition), while the step still moves the point
            // by more than rounding: where the value is only rounding noise (the BG/NBD likelihood through lnΓ on
            // its ridge), halving on to steps of 10⁻¹⁵ took 50 of an S=1 fit's 148 evaluations.
            let smallest = 1e-12 * (1 + (point.map(abs).max() ?? 0))
            while length * longest > smallest {
                let candidate = zip(point, direction).map { $0 + length * $1 }
                let (candidateValue, candidateGradient) = f(candidate)
                if candidateValue.isFinite, candidateGradient.allSatisfy(\.isFinite),
                   candidateValue <= value + 1e-4 * length * slope {
                    next = (candidate, candidateValue, candidateGradient)
                    break
                }
                length /= 2
            }
            guard let next else { break }
            let step = zip(next.point, point).map { $0 - $1 }
            let change = zip(next.gradient, gradient).map { $0 - $1 }
            let curvature = dot(step, change)
            slowIterations = value - next.value <= fTolerance * (1 + abs(next.value)) ? slowIterations + 1 : 0
            (point, value, gradient) = next
            if slowIterations >= 2 { break }
            // The update keeps the approximation positive definite only when the curvature is positive.
            guard curvature > 1e-12 * (dot(step, step) * dot(change, change)).squareRoot() else { continue }
            if !scaled {
                // Nocedal & Wright (6.20): the first approximation scaled to the curvature just seen.
                let scale = curvature / dot(change, change)
                inverse = inverse.map { $0 * scale }
                scaled = true
            }
            update(&inverse, step: step, change: change, curvature: curvature)
        }
        return (point, value)
    }

    /// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / yᵀs, expanded so that it costs one matrix-vector
    /// product and a rank-2 update: H − ρ (s (Hy)ᵀ + (Hy) sᵀ) + (ρ² yᵀHy + ρ) s sᵀ.
    private static func update(_ inverse: inout [Double], step: [Double], change: [Double], curvature: Double) {
        let n = step.count
        let rho = 1 / curvature
        let hy = multiply(inverse, change)
        let factor = rho * rho * dot(change, hy) + rho
        for i in 0..<n {
            for j in 0..<n {
                inverse[i * n + j] += factor * step[i] * step[j] - rho * (step[i] * hy[j] + hy[i] * step[j])
            }
        }
    }

    private static func identity(_ n: Int) -> [Double] {
        (0..<n * n).map { $0 / n == $0 % n ? 1 : 0 }
    }

    private static func multiply(_ matrix: [Double], _ vector: [Double]) -> [Double] {
        let n = vector.count
        return (0..<n).map { i in (0..<n).reduce(0) { $0 + matrix[i * n + $1] * vector[$1] } }
    }

    private static func dot(_ left: [Double], _ right: [Double]) -> Double {
        zip(left, right).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
