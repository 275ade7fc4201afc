import Foundation

/// Gamma-Gamma spend model (Fader, Hardie & Lee 2005b; Hardie note 025; KPIS.md §7(d)):
/// each transaction value ~ Gamma(p, ν), with ν ~ Gamma(q, γ) across customers.
/// It assumes spend is independent of purchase frequency. lifetimes calls γ "v".
package struct GammaGammaModel: Sendable, Hashable {
    package var p: Double
    package var q: Double
    package var gamma: Double

    package init(p: Double, q: Double, gamma: Double) {
        self.p = p
        self.q = q
        self.gamma = gamma
    }

    /// Maximum-likelihood fit on the customers the model describes: x ≥ 1 repeat purchases with a
    /// positive mean repeat value (others are skipped, as lifetimes' users filter them). Nil with
    /// fewer than 2 such customers or when the optimum runs off to a boundary (a log-parameter
    /// beyond ±25, e.g. every customer spending the same).
    package static func fit(_ customers: [RepeatSummary]) -> GammaGammaModel? {
        let spenders = customers.filter(isSpender)
        guard spenders.count >= 2 else { return nil }
        // Fit on values divided by their mean so the starting γ suits any currency; γ scales back.
        let scale = spenders.reduce(0.0) { $0 + $1.meanRepeatValue } / Double(spenders.count)
        guard scale > 0, scale.isFinite else { return nil }
        let data = Sample(spenders, valueScale: 1 / scale)
        func objective(_ v: [Double]) -> Double {
            -data.logLikelihood(p: exp(v[0]), q: exp(v[1]), gamma: exp(v[2])) / data.count
        }
        // p = 1, q = 2, γ = 1 puts the population mean pγ/(q−1) at the observed mean.
        let best = NelderMead.minimize(objective, start: [0, log(2), 0])
        guard best.allSatisfy({ $0.isFinite && abs($0) <= 25 }), objective(best).isFinite else { return nil }
        return GammaGammaModel(p: exp(best[0]), q: exp(best[1]), gamma: exp(best[2]) * scale)
    }

    /// Σ ln f(z̄ | x) over the customers with x ≥ 1 and z̄ > 0; exactly the lifetimes objective.
    package func logLikelihood(_ customers: [RepeatSummary]) -> Double {
        Sample(customers.filter(Self.isSpender), valueScale: 1).logLikelihood(p: p, q: q, gamma: gamma)
    }

    /// E[Z] = pγ/(q−1), the mean transaction value across customers. Nil when q ≤ 1 (infinite mean).
    package var populationMean: Double? {
        q > 1 ? p * gamma / (q - 1) : nil
    }

    /// E[Z | z̄, x] = p(γ + x·z̄)/(px + q − 1): a weighted mix of the population mean and the customer's
    /// own mean, trusting the customer more the more repeat purchases there are. With x = 0 it is the
    /// population mean. Nil when px + q ≤ 1 (the posterior mean is infinite) or inputs are invalid.
    package func conditionalExpectedValue(x: Double, meanValue: Double) -> Double? {
        guard x >= 0, meanValue >= 0, x.isFinite, meanValue.isFinite else { return nil }
        let denominator = p * x + q - 1
        guard denominator > 0 else { return nil }
        return p * (gamma + x * meanValue) / denominator
    }

    private static func isSpender(_ c: RepeatSummary) -> Bool {
        c.x >= 1 && c.x.isFinite && c.meanRepeatValue > 0 && c.meanRepeatValue.isFinite
    }

    /// Customers grouped by x, since lnΓ(px+q) − lnΓ(px) and px·ln x depend on x only.
    private struct Sample {
        struct Group {
            var x: Double
            var logX: Double
            var values: [Double] = []
            var logValues: [Double] = []
        }
        var groups: [Group] = []
        var count = 0.0

        init(_ spenders: [RepeatSummary], valueScale: Double) {
            var byX: [Double: [Double]] = [:]
            for c in spenders { byX[c.x, default: []].append(c.meanRepeatValue * valueScale) }
            // Sorted so the sum runs in a fixed order (dictionary order changes per process).
            for (x, values) in byX.sorted(by: { $0.key < $1.key }) {
                groups.append(Group(x: x, logX: log(x), values: values, logValues: values.map { log($0) }))
                count += Double(values.count)
            }
        }

        /// ln f(z̄|x) = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q·ln γ + (px−1)·ln z̄ + px·ln x − (px+q)·ln(γ + x·z̄).
        func logLikelihood(p: Double, q: Double, gamma: Double) -> Double {
            guard p > 0, q > 0, gamma > 0 else { return -.infinity }
            let constant = -logGamma(q) + q * log(gamma)
            var total = 0.0
            for group in groups {
                let px = p * group.x
                let groupConstant = constant + logGamma(px + q) - logGamma(px) + px * group.logX
                for i in group.values.indices {
                    total += groupConstant + (px - 1) * group.logValues[i]
                        - (px + q) * log(gamma + group.x * group.values[i])
                }
            }
            return total.isNaN ? -.infinity : total
        }
    }
}

/// lnΓ through the reentrant `lgamma_r` overlay (the plain C `lgamma` writes a global).
private func logGamma(_ x: Double) -> Double {
    let (value, _) = lgamma(x)
    return value
}
