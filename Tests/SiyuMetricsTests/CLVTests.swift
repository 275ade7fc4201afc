import Foundation
import Testing
@testable import SiyuMetrics

/// Reproduces the CDNOW numbers of KPIS.md §7(c)–(e). Reference values come from the papers, from
/// lifetimes 0.11.3 and from KPIS.md's independent computations; each tolerance is half a unit in the
/// last published digit unless noted.
struct CLVTests {
    /// Published parameters: FHL 2005a (BG/NBD) and FHL 2005b / Hardie note 025 (Gamma-Gamma).
    static let published = BGNBDModel(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426)
    static let publishedSpend = GammaGammaModel(p: 6.25, q: 3.74, gamma: 15.44)

    // MARK: Fixtures (see Fixtures/README.md)

    /// cdnow_customers_summary.csv: ID, frequency, recency, T (weeks), 2,357 customers.
    static let cdnow: [RepeatSummary] = loadCSV("cdnow_customers_summary.csv").map {
        RepeatSummary(x: $0[1], tx: $0[2], T: $0[3])
    }

    /// cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar, the same 2,357 customers.
    static let cdnowWithValues: [RepeatSummary] = loadCSV("cdnow_customers_summary_with_transactions.csv").map {
        RepeatSummary(x: $0[1], tx: $0[2], T: $0[3], meanRepeatValue: $0[4])
    }

    static func loadCSV(_ name: String) -> [[Double]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures/\(name)")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            return fields.count >= 4 ? fields : nil
        }
    }

    /// |actual − expected| ≤ tolerance, with the numbers in the failure message.
    static func close(_ actual: Double?, _ expected: Double, _ tolerance: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance
    }

    /// Rounds to 3 significant figures, the precision the published parameters are checked at.
    static func threeFigures(_ value: Double) -> Double {
        let magnitude = pow(10, floor(log10(abs(value))) - 2)
        return (value / magnitude).rounded() * magnitude
    }

    @Test func fixturesLoad() {
        #expect(Self.cdnow.count == 2357)
        #expect(Self.cdnowWithValues.count == 2357)
        #expect(Self.cdnowWithValues.filter { $0.x >= 1 }.count == 946)
    }

    // MARK: ₂F₁

    @Test func hypergeometricTestValues() {
        let first = Hypergeometric.hyp2f1(0.243, 2.426, 2.219, 39 / 43.414)
        let second = Hypergeometric.hyp2f1(2.243, 4.426, 4.219, 39 / 82.274)
        #expect(Self.close(first, 1.937370, 5e-7), "\(first)")
        #expect(Self.close(second, 4.575316, 5e-7), "\(second)")
        #expect(Self.close(Hypergeometric.logHyp2f1(0.243, 2.426, 2.219, 39 / 43.414), log(1.937370), 1e-6))
    }

    @Test func hypergeometricClosedForms() {
        // ₂F₁(a, b; b; z) = (1 − z)^−a and ₂F₁(1, 1; 2; z) = −ln(1 − z)/z.
        #expect(Self.close(Hypergeometric.hyp2f1(0.5, 1, 1, 0.3), pow(0.7, -0.5), 1e-14))
        #expect(Self.close(Hypergeometric.hyp2f1(1, 1, 2, 0.9), -log(0.1) / 0.9, 1e-12))
        #expect(Self.close(Hypergeometric.hyp2f1(1, 1, 2, -0.5), log(1.5) / 0.5, 1e-14))
        #expect(Hypergeometric.hyp2f1(0.243, 2.426, 2.219, 0) == 1)
        #expect(Hypergeometric.hyp2f1(1, 1, 2, 1).isNaN)
    }

    @Test func hypergeometricOverflowUsesLogsAndEuler() {
        // ₂F₁(800, 5; 5; 0.9) = 10^800: beyond Double, but its log is 800·ln 10.
        #expect(Hypergeometric.hyp2f1(800, 5, 5, 0.9) == .infinity)
        let log = Hypergeometric.logHyp2f1(800, 5, 5, 0.9)
        #expect(Self.close(log, 800 * Foundation.log(10.0), 1e-9), "\(log)")
        // A heavy buyer's eq. 10 term (x = 50), summed through Euler's transform; scipy 1.17 hyp2f1.
        let heavy = Hypergeometric.hyp2f1(50.243, 52.426, 51.219, 0.5)
        #expect(abs(heavy / 3040744572690301.5 - 1) < 1e-12, "\(heavy)")
        // c < 0 gives a negative value (scipy: −20.033795809448513); the log form reports the sign.
        #expect(Self.close(Hypergeometric.hyp2f1(0.5, 0.4, -0.3, 39 / 42), -20.033795809448513, 1e-10))
        #expect(Hypergeometric.signedLogHyp2f1(0.5, 0.4, -0.3, 39 / 42)?.sign == -1)
        #expect(Hypergeometric.logHyp2f1(0.5, 0.4, -0.3, 39 / 42).isNaN)
    }

    @Test func nelderMeadFindsRosenbrockMinimum() {
        let rosenbrock: ([Double]) -> Double = { p in
            (1 - p[0]) * (1 - p[0]) + 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0])
        }
        let best = NelderMead.minimize(rosenbrock, start: [-1.2, 1])
        #expect(abs(best[0] - 1) < 1e-6 && abs(best[1] - 1) < 1e-6, "\(best)")
        // Non-finite values are walls, not minima.
        let walled = NelderMead.minimize({ $0[0] < 0.5 ? .nan : ($0[0] - 2) * ($0[0] - 2) }, start: [1])
        #expect(abs(walled[0] - 2) < 1e-6, "\(walled)")
    }

    /// A function rough at 10⁻⁸ (as the BG/NBD likelihood was through lnΓ when a and b ran to 10⁶) collapses the
    /// simplex before its values agree to the tolerance: the search must stop there, not spin to the evaluation cap.
    @Test func nelderMeadStopsOnceCollapsedOnRoughFunction() {
        var evaluations = 0
        let rough: ([Double]) -> Double = { p in
            evaluations += 1
            let noise = p.reduce(UInt64(0)) { ($0 ^ $1.bitPattern) &* 0x9E37_79B9_7F4A_7C15 } >> 40
            return p.reduce(0) { $0 + ($1 - 1) * ($1 - 1) } + 1e-8 * Double(noise) / Double(1 << 24)
        }
        let best = NelderMead.minimize(rough, start: [0, 0, 0], maxEvaluations: 20_000)
        #expect(best.allSatisfy { abs($0 - 1) < 1e-3 }, "\(best)")
        #expect(evaluations < 5_000, "\(evaluations) evaluations")
    }

    @Test func quasiNewtonFindsRosenbrockMinimum() {
        var evaluations = 0
        let rosenbrock: QuasiNewton.Objective = { p in
            evaluations += 1
            let (x, y) = (p[0], p[1])
            return ((1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
                    [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])
        }
        let best = QuasiNewton.minimize(rosenbrock, start: [-1.2, 1]).point
        #expect(abs(best[0] - 1) < 1e-8 && abs(best[1] - 1) < 1e-8, "\(best)")
        #expect(evaluations < 150, "\(evaluations) evaluations")  // Nelder–Mead needs about 300 for 1e-6
        // Non-finite values are walls: the first step, to −0.3, hits one, and the line search backs off to 0.6.
        let wall: QuasiNewton.Objective = { p in
            p[0] < 0.5 ? (.nan, [.nan]) : ((p[0] - 0.6) * (p[0] - 0.6), [2 * (p[0] - 0.6)])
        }
        let walled = QuasiNewton.minimize(wall, start: [1.5])
        #expect(abs(walled.point[0] - 0.6) < 1e-8 && walled.value < 1e-15, "\(walled)")
    }

    /// A value that keeps falling, ever more slowly, along one direction (the BG/NBD likelihood when nobody drops
    /// out): the search stops once an iteration gains less than the tolerance, at a finite point.
    @Test func quasiNewtonStopsOnARidge() {
        let ridge: QuasiNewton.Objective = { p in
            (100 + (p[0] - 1) * (p[0] - 1) + exp(-p[1]), [2 * (p[0] - 1), -exp(-p[1])])
        }
        let best = QuasiNewton.minimize(ridge, start: [0, 0], fTolerance: 1e-9).point
        #expect(abs(best[0] - 1) < 1e-6, "\(best)")
        // Two iterations in a row gaining less than 10⁻⁹ · (1 + 100) stop it near e^−y ≈ 10⁻⁷, y ≈ 16, well
        // before the gradient (−e^−y) is within its tolerance of 0 at y ≈ 23.
        #expect(best[1] > 15 && best[1] < 20, "\(best)")
    }

    // MARK: BG/NBD at the published parameters

    @Test func bgnbdLogLikelihood() {
        let ll = Self.published.logLikelihood(Self.cdnow)
        #expect(Self.close(ll, -9582.43, 0.005), "\(ll)")  // lifetimes: −9582.426831
    }

    @Test func bgnbdExpectations() {
        let model = Self.published
        #expect(Self.close(model.expectedPurchases(in: 39), 1.1967, 5e-5))  // lifetimes 1.196723
        #expect(Self.close(model.expectedPurchases(in: 78), 1.8605, 5e-5))  // lifetimes 1.860519
        #expect(model.expectedPurchases(in: 0) == 0)
        let conditional = model.conditionalExpectedPurchases(39, x: 2, tx: 30.43, T: 38.86)
        #expect(Self.close(conditional, 1.2260, 5e-5), "\(conditional)")  // Hardie's sheet 1.226
        let alive = model.probabilityAlive(x: 2, tx: 30.43, T: 38.86)
        #expect(Self.close(alive, 0.7266, 5e-5), "\(alive)")  // lifetimes 0.726579
        let total = Self.cdnow.reduce(0.0) {
            $0 + model.conditionalExpectedPurchases(39, x: $1.x, tx: $1.tx, T: $1.T)
        }
        #expect(Self.close(total, 1653.9, 0.05), "\(total)")  // lifetimes 1653.948
    }

    @Test func nonRepeaterIsCertainlyAlive() {
        #expect(Self.published.probabilityAlive(x: 0, tx: 0, T: 38.86) == 1)
        #expect(Self.published.probabilityAlive(x: 0, tx: 0, T: 500) == 1)
    }

    @Test func aNearOneStaysFinite() {
        // a = 1 is a removable singularity of eq. 9 and 10: values stay finite and continuous.
        let at = { (a: Double) in BGNBDModel(r: 0.243, alpha: 4.414, a: a, b: 2.426).expectedPurchases(in: 39) }
        let (below, one, above) = (at(0.98), at(1), at(1.02))
        #expect(one.isFinite)
        #expect(min(below, above) < one && one < max(below, above))
        #expect(abs(one - (below + above) / 2) < 1e-3)
    }

    @Test func heavyBuyersAndOddParametersMatchLifetimes() {
        // ₂F₁ overflows for x in the hundreds; the log-space form keeps eq. 10 finite.
        // References: lifetimes 0.11.3 (scipy 1.17) at the published parameters.
        let model = Self.published
        let cases: [(t: Double, x: Double, tx: Double, T: Double, expected: Double, alive: Double)] = [
            (52, 1000, 150, 151, 197.78555357279745, 0.6647037074324263),
            (521.4, 200, 38, 38.86, 559.8142780004928, 0.8202108987190768),
            (39, 50, 30, 38.86, 0.022618891799487405, 0.0006499147073913412),
            (521.4, 3, 20, 38.86, 6.406061912779472, 0.4658409158542623),
        ]
        for c in cases {
            let expected = model.conditionalExpectedPurchases(c.t, x: c.x, tx: c.tx, T: c.T)
            #expect(abs(expected / c.expected - 1) < 1e-9, "E[Y] \(expected) vs \(c.expected)")
            let alive = model.probabilityAlive(x: c.x, tx: c.tx, T: c.T)
            #expect(abs(alive / c.alive - 1) < 1e-9, "P(alive) \(alive) vs \(c.alive)")
        }
        #expect(abs(model.expectedPurchases(in: 10_000) / 15.067913315052703 - 1) < 1e-9)
        // a + b < 1 makes c < 0 and ₂F₁ negative.
        let odd = BGNBDModel(r: 0.5, alpha: 3, a: 0.3, b: 0.4)
        #expect(abs(odd.expectedPurchases(in: 39) / 2.723253063537056 - 1) < 1e-9)
        #expect(abs(odd.conditionalExpectedPurchases(39, x: 2, tx: 20, T: 30) / 1.6471458696828771 - 1) < 1e-9)
    }

    // MARK: Fits

    @Test func bgnbdFitReproducesPublishedParameters() throws {
        let fitted = try #require(BGNBDModel.fit(Self.cdnow))
        let published = Self.published
        #expect(Self.threeFigures(fitted.r) == Self.threeFigures(published.r), "r \(fitted.r)")
        #expect(Self.threeFigures(fitted.alpha) == Self.threeFigures(published.alpha), "α \(fitted.alpha)")
        #expect(Self.threeFigures(fitted.a) == Self.threeFigures(published.a), "a \(fitted.a)")
        #expect(Self.threeFigures(fitted.b) == Self.threeFigures(published.b), "b \(fitted.b)")
        // lifetimes 0.11.3 reports r 0.242593, α 4.413532, a 0.792886, b 2.425752.
        #expect(Self.close(fitted.r, 0.242593, 5e-6), "r \(fitted.r)")
        #expect(Self.close(fitted.alpha, 4.413532, 5e-5), "α \(fitted.alpha)")
        #expect(Self.close(fitted.a, 0.792886, 5e-5), "a \(fitted.a)")
        #expect(Self.close(fitted.b, 2.425752, 5e-5), "b \(fitted.b)")
        #expect(fitted.logLikelihood(Self.cdnow) >= published.logLikelihood(Self.cdnow))
    }

    @Test func gammaGammaFitReproducesPublishedParameters() throws {
        let fitted = try #require(GammaGammaModel.fit(Self.cdnowWithValues))
        let published = Self.publishedSpend
        #expect(Self.threeFigures(fitted.p) == Self.threeFigures(published.p), "p \(fitted.p)")
        #expect(Self.threeFigures(fitted.q) == Self.threeFigures(published.q), "q \(fitted.q)")
        #expect(Self.threeFigures(fitted.gamma) == Self.threeFigures(published.gamma), "γ \(fitted.gamma)")
        // lifetimes 0.11.3 reports p 6.248802, q 3.744588, v 15.447748.
        #expect(Self.close(fitted.p, 6.248802, 5e-4), "p \(fitted.p)")
        #expect(Self.close(fitted.q, 3.744588, 5e-4), "q \(fitted.q)")
        #expect(Self.close(fitted.gamma, 15.447748, 5e-4), "γ \(fitted.gamma)")
        // The lifetimes docs' conditional means come from these fitted values.
        #expect(Self.close(fitted.conditionalExpectedValue(x: 2, meanValue: 22.35), 24.658619, 5e-5))
        #expect(Self.close(fitted.conditionalExpectedValue(x: 1, meanValue: 11.77), 18.911489, 5e-5))
    }

    @Test func bgnbdGradientMatchesDifferences() {
        // At the published optimum, off it, and out on the ridge a fit with no dropouts follows.
        let models = [Self.published, BGNBDModel(r: 0.5, alpha: 3, a: 0.3, b: 0.4),
                      BGNBDModel(r: 0.4, alpha: 5, a: 2e6, b: 3e7)]
        for model in models {
            let gradient = model.logLikelihoodAndGradient(Self.cdnow).gradient
            let parameters = [model.r, model.alpha, model.a, model.b]
            for index in 0..<4 {
                let step = parameters[index] * 1e-6
                func shifted(_ by: Double) -> Double {
                    var p = parameters
                    p[index] += by
                    return BGNBDModel(r: p[0], alpha: p[1], a: p[2], b: p[3]).logLikelihood(Self.cdnow)
                }
                let difference = (shifted(step) - shifted(-step)) / (2 * step)
                // Rounding in a sum near −10⁴ (about 10⁻¹¹) over a step of 10⁻⁶ of the parameter: 10⁻⁵ / θ, allowed
                // a hundredfold.
                #expect(abs(gradient[index] - difference) <= 1e-6 * abs(difference) + 1e-3 / parameters[index],
                        "\(model) parameter \(index): \(gradient[index]) vs \(difference)")
            }
        }
    }

    @Test func bgnbdFitWithoutDropoutsStaysFinite() throws {
        // 600 customers observed for a year whose last purchase was in the last week: nothing suggests that
        // anyone dropped out, so the likelihood rises along a ridge in (a, b) and the fit must stop on it.
        let customers = (0..<600).map { index in
            let x = Double(index % 6)
            return RepeatSummary(x: x, tx: x == 0 ? 0 : 51 - Double(index % 7) / 7, T: 52)
        }
        let fitted = try #require(BGNBDModel.fit(customers))
        #expect(fitted.a / fitted.b < 0.01, "\(fitted)")
        #expect(fitted.probabilityAlive(x: 5, tx: 51, T: 52) > 0.99, "\(fitted)")
        // r/α is the purchase rate per week: 2.5 repeat purchases a year on average.
        #expect(abs(fitted.r / fitted.alpha / (2.5 / 52) - 1) < 0.02, "\(fitted)")
    }

    @Test func fitsRejectUnsupportedData() {
        #expect(BGNBDModel.fit([]) == nil)
        #expect(BGNBDModel.fit([RepeatSummary(x: 2, tx: 5, T: 10)]) == nil)
        #expect(BGNBDModel.fit([RepeatSummary(x: 0, tx: 0, T: 10), RepeatSummary(x: 0, tx: 0, T: 12)]) == nil)
        #expect(BGNBDModel.fit([RepeatSummary(x: 1, tx: 11, T: 10), RepeatSummary(x: 0, tx: 0, T: 12)]) == nil)
        // More repeat purchases than days in 270 years: refused, not summed term by term.
        #expect(BGNBDModel.fit([RepeatSummary(x: 1e300, tx: 5, T: 10), RepeatSummary(x: 1, tx: 5, T: 12)]) == nil)
        #expect(GammaGammaModel.fit([RepeatSummary(x: 2, tx: 5, T: 10, meanRepeatValue: 3)]) == nil)
        #expect(GammaGammaModel.fit(Self.cdnow) == nil)  // no spend recorded
    }

    // MARK: Gamma-Gamma at the published parameters

    @Test func gammaGammaAtPublishedParameters() {
        let model = Self.publishedSpend
        let ll = model.logLikelihood(Self.cdnowWithValues)
        #expect(Self.close(ll, -4055.92, 0.005), "\(ll)")  // lifetimes −4055.924713
        #expect(Self.close(model.populationMean, 35.22, 0.005))  // 35.218978
        let repeaters = Self.cdnowWithValues.filter { $0.x >= 1 }
        let observed = repeaters.reduce(0.0) { $0 + $1.meanRepeatValue } / Double(repeaters.count)
        #expect(Self.close(observed, 35.08, 0.005))
        #expect(Self.close(model.conditionalExpectedValue(x: 2, meanValue: 22.35), 24.66, 0.005))  // 24.663714
        #expect(Self.close(model.conditionalExpectedValue(x: 1, meanValue: 11.77), 18.92, 0.005))  // 18.916852
        #expect(model.conditionalExpectedValue(x: 0, meanValue: 0) == model.populationMean)
        #expect(GammaGammaModel(p: 6.25, q: 0.9, gamma: 15.44).populationMean == nil)
    }

    // MARK: CLV

    @Test func clvMatchesLifetimesSum() {
        // Expected values from lifetimes 0.11.3's _customer_lifetime_value sum at the published
        // parameters, 12 months, 1% a month, freq 'W' (4.345 weeks a month).
        let cases: [(RepeatSummary, Double)] = [
            (RepeatSummary(x: 2, tx: 30.43, T: 38.86, meanRepeatValue: 22.35), 36.289211),
            (RepeatSummary(x: 1, tx: 1.71, T: 38.86, meanRepeatValue: 11.77), 4.637295),
            (RepeatSummary(x: 0, tx: 0, T: 38.86, meanRepeatValue: 0), 8.369004),
        ]
        for (customer, expected) in cases {
            let value = CLVCalculator.clv(bgnbd: Self.published, gammaGamma: Self.publishedSpend,
                                          customer: customer, periodsPerMonth: 4.345)
            #expect(Self.close(value, expected, 5e-6), "\(String(describing: value)) vs \(expected)")
        }
        let none = CLVCalculator.clv(bgnbd: Self.published, gammaGamma: Self.publishedSpend,
                                     customer: cases[0].0, horizonMonths: 0, periodsPerMonth: 4.345)
        #expect(none == 0)
    }

    // MARK: Summaries from transactions

    @Test func repeatSummaryFromPurchases() throws {
        // Purchases on days 100 (¥30), 100 (¥20), 107 (¥50), 121 (¥10), 121 (¥40) and 200 (after the
        // window, ignored); window ends on day 135; weeks (unitDays 7).
        // Distinct days 100, 107, 121 → x = 3 − 1 = 2.
        // t_x = (121 − 100)/7 = 3 weeks; T = (135 − 100)/7 = 5 weeks.
        // Day totals: 100 → 50 (first, excluded), 107 → 50, 121 → 50; mean repeat value = (50 + 50)/2 = 50.
        let summary = try #require(RepeatSummary.from(
            purchaseDays: [121, 100, 107, 200, 100, 121], values: [10, 30, 50, 99, 20, 40],
            observationEndDay: 135, unitDays: 7))
        #expect(summary == RepeatSummary(x: 2, tx: 3, T: 5, meanRepeatValue: 50))

        // One purchase day only: x = 0, t_x = 0, T = (135 − 130)/1 = 5 days, no repeat value.
        let single = try #require(RepeatSummary.from(
            purchaseDays: [130, 130], values: [5, 6], observationEndDay: 135, unitDays: 1))
        #expect(single == RepeatSummary(x: 0, tx: 0, T: 5, meanRepeatValue: 0))

        #expect(RepeatSummary.from(purchaseDays: [200], values: [1], observationEndDay: 135, unitDays: 7) == nil)
        #expect(RepeatSummary.from(purchaseDays: [1, 2], values: [1], observationEndDay: 135, unitDays: 7) == nil)
    }
}
