import Foundation

/// Derivative-free Nelder–Mead minimiser for the Gamma-Gamma fit. Its likelihood has 3 parameters
/// and we optimise on log-parameters, so a simplex search is enough and needs no gradients (the
/// BG/NBD fit, which took most of the time, follows its gradient with `QuasiNewton`); it is
/// deterministic (no random restarts), so a report is reproducible run to run.
package enum NelderMead {
    /// Minimises `f` from `start`. The first simplex is `start` plus `step` along each axis.
    /// Stops when the simplex's values differ by at most `fTolerance`·(1 + |best value|) and every
    /// coordinate lies within `xTolerance`·(1 + |coordinate|) of the best vertex, or after
    /// `maxEvaluations` in total, or when the simplex has collapsed to rounding.
    /// It then restarts from the best point (Nelder–Mead can stall on a collapsed simplex) until a
    /// restart no longer improves the value by more than `fTolerance`, at most `maxRestarts` times.
    /// Non-finite values of `f` count as +∞, i.e. infeasible.
    package static func minimize(
        _ f: ([Double]) -> Double,
        start: [Double],
        step: Double = 0.5,
        xTolerance: Double = 1e-9,
        fTolerance: Double = 1e-12,
        maxEvaluations: Int = 20_000,
        maxRestarts: Int = 6
    ) -> [Double] {
        guard !start.isEmpty else { return start }
        var evaluations = 0
        func objective(_ x: [Double]) -> Double {
            evaluations += 1
            let value = f(x)
            return value.isFinite ? value : .infinity
        }
        var best = start
        var bestValue = objective(start)
        for _ in 0...maxRestarts {
            let (point, value) = run(objective, from: best, step: step, xTolerance: xTolerance,
                                     fTolerance: fTolerance, evaluations: { evaluations },
                                     maxEvaluations: maxEvaluations)
            let improvement = bestValue - value
            if value < bestValue || !bestValue.isFinite {
                best = point
                bestValue = value
            }
            if !(improvement > fTolerance * (1 + abs(value))) || evaluations >= maxEvaluations { break }
        }
        return best
    }

    /// One Nelder–Mead run with the standard coefficients (reflection 1, expansion 2,
    /// contraction ½, shrink ½), as in Lagarias et al. (1998).
    private static func run(
        _ f: ([Double]) -> Double,
        from start: [Double],
        step: Double,
        xTolerance: Double,
        fTolerance: Double,
        evaluations: () -> Int,
        maxEvaluations: Int
    ) -> (point: [Double], value: Double) {
        let n = start.count
        var simplex = [start]
        for i in 0..<n {
            var vertex = start
            vertex[i] += step
            simplex.append(vertex)
        }
        var values = simplex.map(f)

        while true {
            // Order vertices best → worst; ties keep their index order so runs are reproducible.
            let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            let best = values[0], worst = values[n], secondWorst = values[n - 1]

            let spread = best.isFinite && worst.isFinite ? worst - best : Double.infinity
            var size = 0.0  // largest relative coordinate distance from the best vertex
            for vertex in simplex.dropFirst() {
                for i in 0..<n {
                    let origin: Double = simplex[0][i]
                    size = max(size, abs(vertex[i] - origin) / (1 + abs(origin)))
                }
            }
            // A simplex collapsed to rounding cannot move any more, and its values then differ only by the rounding
            // noise of `f`: at a, b ~ 10⁶ the BG/NBD likelihood of the S=10 sample, through lnΓ, was rough at 10⁻⁸,
            // over the tolerance, so waiting for the values to agree ran to the evaluation cap (3,300 evaluations).
            let collapsed = size <= 4 * Double.ulpOfOne
            if (spread <= fTolerance * (1 + abs(best)) && size <= xTolerance) || collapsed || evaluations() >= maxEvaluations {
                break
            }

            var centroid = [Double](repeating: 0, count: n)
            for vertex in simplex.dropLast() {
                for i in 0..<n { centroid[i] += vertex[i] / Double(n) }
            }
            func towards(_ coefficient: Double) -> [Double] {
                (0..<n).map { centroid[$0] + coefficient * (centroid[$0] - simplex[n][$0]) }
            }

            let reflected = towards(1)
            let reflectedValue = f(reflected)
            if reflectedValue < best {
                let expanded = towards(2)
                let expandedValue = f(expanded)
                if expandedValue < reflectedValue {
                    simplex[n] = expanded; values[n] = expandedValue
                } else {
                    simplex[n] = reflected; values[n] = reflectedValue
                }
                continue
            }
            if reflectedValue < secondWorst {
                simplex[n] = reflected; values[n] = reflectedValue
                continue
            }
            // Contract outside (reflected point better than the worst) or inside; shrink if neither helps.
            let outside = reflectedValue < worst
            let contracted = towards(outside ? 0.5 : -0.5)
            let contractedValue = f(contracted)
            if outside ? contractedValue <= reflectedValue : contractedValue < worst {
                simplex[n] = contracted; values[n] = contractedValue
                continue
            }
            for i in 1...n {
                simplex[i] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[i][$0] - simplex[0][$0]) }
                values[i] = f(simplex[i])
            }
        }
        return (simplex[0], values[0])
    }
}
