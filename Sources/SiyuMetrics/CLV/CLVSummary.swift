import SiyuData

/// Predicted customer value at an instant (KPIS.md §7c–d): BG/NBD for how often each customer will buy, Gamma-Gamma
/// for how much, summed over the horizon as lifetimes does. Below ~500 customers or 100 repeaters the models are
/// not trusted and the historical LTV per buyer stands in (`usesModel` says which).
package struct CLVSummary: Sendable, Hashable {
    package var customers: Int
    package var repeaters: Int
    package var frequencyModel: BGNBDModel?
    package var spendModel: GammaGammaModel?
    /// Mean predicted CLV over customers (model), or mean historical net spend per buyer (fallback), in yuan.
    package var meanValue: Double?
    /// P(alive) per customer, for the distribution chart; empty without a model.
    package var aliveProbabilities: [Double]
    /// Predicted CLV per customer (yuan); empty without a model.
    package var values: [Double]

    package var usesModel: Bool { frequencyModel != nil && spendModel != nil }

    static let minimumCustomers = 500
    static let minimumRepeaters = 100
    /// Weeks per month, as lifetimes uses for weekly summaries.
    static let weeksPerMonth = 4.345

    /// Fitting uses at most this many customers, taken evenly from the id-sorted list: on the S=1 benchmark data
    /// (55,000 buyers) fitting all of them by Nelder–Mead took 10 s of a 30 s `siyu kpis`; 8,000 give the same
    /// parameters to about 2 significant figures in a tenth of the time, and every customer still gets a prediction.
    static let fittingSampleSize = 8_000

    /// `models` reuses parameters fitted elsewhere (the previous period reuses the report period's fit); without
    /// them the models are fitted here unless `fitting` is false.
    package static func compute(_ inputs: MetricInputs, at instant: Int64,
                                models: (BGNBDModel, GammaGammaModel)? = nil, fitting: Bool = true) -> CLVSummary {
        let (summaries, historical) = repeatSummaries(inputs, at: instant)
        let repeaters = summaries.filter { $0.x > 0 }.count
        var result = CLVSummary(customers: summaries.count, repeaters: repeaters, frequencyModel: nil, spendModel: nil,
                                meanValue: summaries.isEmpty ? nil : historical / Double(summaries.count),
                                aliveProbabilities: [], values: [])
        guard summaries.count >= minimumCustomers, repeaters >= minimumRepeaters,
              let (frequency, spend) = models ?? (fitting ? fit(summaries) : nil) else { return result }
        var values: [Double] = []
        var alive: [Double] = []
        // The purchase part of CLV is P(alive | x, t_x, T) times a sum that depends on (x, T) only, which many
        // customers share: computing that once per (x, T) cut the ₂F₁ evaluations about tenfold at S=10.
        struct History: Hashable { var x: Double, tx: Double, T: Double }
        var ifAlive: [History: Double?] = [:]
        for summary in summaries {
            let probability = frequency.probabilityAlive(x: summary.x, tx: summary.tx, T: summary.T)
            alive.append(probability)
            let history = History(x: summary.x, tx: frequency.isNearOneA ? summary.tx : 0, T: summary.T)
            let shared: Double?
            if let known = ifAlive[history] {
                shared = known
            } else if frequency.isNearOneA {
                // Near a = 1 the factors do not separate: the whole expectation per distinct history.
                shared = CLVCalculator.discountedPurchases(bgnbd: frequency, customer: summary,
                                                           horizonMonths: inputs.settings.clvHorizonMonths,
                                                           monthlyDiscount: inputs.settings.clvMonthlyDiscount,
                                                           periodsPerMonth: weeksPerMonth)
                ifAlive[history] = shared
            } else {
                shared = CLVCalculator.discountedPurchasesIfAlive(bgnbd: frequency, x: summary.x, T: summary.T,
                                                                  horizonMonths: inputs.settings.clvHorizonMonths,
                                                                  monthlyDiscount: inputs.settings.clvMonthlyDiscount,
                                                                  periodsPerMonth: weeksPerMonth)
                ifAlive[history] = shared
            }
            let discounted = frequency.isNearOneA ? shared : shared.map { $0 * probability }
            if let discounted, let value = spend.conditionalExpectedValue(x: summary.x, meanValue: summary.meanRepeatValue),
               (value * discounted).isFinite {
                values.append(value * discounted)
            }
        }
        guard !values.isEmpty else { return result }
        result.frequencyModel = frequency
        result.spendModel = spend
        result.meanValue = values.reduce(0, +) / Double(values.count)
        result.values = values
        result.aliveProbabilities = alive
        return result
    }

    /// The models fitted on the customers as of `instant`, or nil when there are too few to trust them.
    package static func fitModels(_ inputs: MetricInputs, at instant: Int64) -> (BGNBDModel, GammaGammaModel)? {
        let summaries = repeatSummaries(inputs, at: instant).summaries
        guard summaries.count >= minimumCustomers, summaries.filter({ $0.x > 0 }).count >= minimumRepeaters else { return nil }
        return fit(summaries)
    }

    /// Each buyer's purchase history as of `instant` (weeks), in customer-id order, and their total net spend.
    private static func repeatSummaries(_ inputs: MetricInputs, at instant: Int64) -> (summaries: [RepeatSummary], historical: Double) {
        let clock = inputs.settings.clock
        let endDay = clock.day(of: instant - 1)
        var summaries: [RepeatSummary] = []
        var historical = 0.0
        // Persons are numbered in id order, so the fitting sample is taken from the id-sorted list.
        for person in inputs.personIds.indices {
            let purchases = inputs.purchaseRange(person, from: .min, to: instant)
            guard !purchases.isEmpty else { continue }
            historical += yuan(inputs.purchaseAmounts[purchases].reduce(0, +))
            // Purchases are in time order, so their days are too; all fall on or before the end day.
            var history = RepeatSummary.History()
            for index in purchases {
                history.add(day: clock.day(of: inputs.purchaseTimes[index]), value: yuan(inputs.purchaseAmounts[index]))
            }
            if let summary = history.summary(observationEndDay: endDay, unitDays: 7) { summaries.append(summary) }
        }
        return (summaries, historical)
    }

    private static func fit(_ summaries: [RepeatSummary]) -> (BGNBDModel, GammaGammaModel)? {
        // Customers who first bought on the last day have T = 0: nothing to learn from, so they are not fitted on
        // (they still get a prediction).
        let observed = summaries.filter { $0.T > 0 }
        let stride = max(1, observed.count / fittingSampleSize)
        let sample = stride == 1 ? observed : observed.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
        guard let frequency = BGNBDModel.fit(sample),
              let spend = GammaGammaModel.fit(sample) else { return nil }
        return (frequency, spend)
    }
}
