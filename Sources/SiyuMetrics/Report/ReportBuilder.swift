import SiyuCore
import SiyuData

/// Builds the report for a period: every KPI for it, for the previous period, and a trend over the last periods.
/// Pure: the as-of instant comes from the data, never from the clock on the wall.
package enum ReportBuilder {
    package static func build(dataset: consuming Dataset, settings: MetricSettings, period requested: Period? = nil,
                              rowsRead: [String: Int] = [:]) -> Report {
        let clock = settings.clock
        let asOf = dataset.newestInstant.map { clock.instant(day: clock.day(of: $0) + 1) } ?? 0
        let period = requested ?? Period.lastComplete(before: asOf, kind: settings.periodKind, clock: clock)
        let inputs = MetricInputs(dataset: consume dataset, settings: settings)

        let periods = period.trailing(max(settings.trendLength, 2), clock: clock)
        let previous = periods[periods.count - 2]
        // Every period's KPIs, the CLV fit, the segments and the tables are independent: run them on all cores,
        // the longest first.
        enum Part: Sendable {
            case models((BGNBDModel, GammaGammaModel)?), segments(SegmentSummary), tables(ReportTables), values(KPIValues)
            case everyPeriod([KPIValues])
        }
        let parts = Parallel.map(periods.count + 4) { job -> Part in
            switch job {
            case 0: return .models(CLVSummary.fitModels(inputs, at: period.end))
            case 1: return .tables(ReportTables.build(inputs, period: period, previous: previous, periods: periods, asOf: asOf))
            case 2: return .segments(SegmentSummary.build(inputs, period: period, previous: previous))
            case 3:
                // The calculators that walk each subject's touches or purchases once for all the periods.
                let activity = ActivityCalculator.compute(inputs, periods: periods)
                let referralLTV = LTVTable.withReferrals(inputs, at: periods.map(\.end))
                return .everyPeriod(zip(TouchCalculator.compute(inputs, periods: periods), activity).enumerated().map { index, pair in
                    var values = pair.0.merging(pair.1) { $1 }
                    values["ltv_with_referrals"] = referralLTV[index]
                    return values
                })
            default:
                let index = job - 4
                let before = index > 0 ? periods[index - 1] : periods[index].previous(clock: clock)
                return .values(values(inputs, period: periods[index], previous: before, asOf: asOf))
            }
        }
        var models: (BGNBDModel, GammaGammaModel)?
        var segments: SegmentSummary?
        var tables: ReportTables?
        var valuesByPeriod: [Period: KPIValues] = [:]
        var everyPeriod: [KPIValues] = []
        for (job, part) in parts.enumerated() {
            switch part {
            case .models(let fitted): models = fitted
            case .tables(let built): tables = built
            case .segments(let built): segments = built
            case .everyPeriod(let values): everyPeriod = values
            case .values(let values): valuesByPeriod[periods[job - 4]] = values
            }
        }
        for (index, values) in everyPeriod.enumerated() { valuesByPeriod[periods[index]]?.merge(values) { $1 } }
        // The previous period is predicted with the report period's models: refitting doubles the cost and the
        // parameters barely move in one period.
        let fitted = models
        let predictions = Parallel.map(2) { job in
            CLVSummary.compute(inputs, at: job == 0 ? period.end : previous.end, models: fitted, fitting: false)
        }
        let clv = predictions[0]
        valuesByPeriod[period]?["clv_predicted"] = clv.meanValue
        valuesByPeriod[previous]?["clv_predicted"] = predictions[1].meanValue
        let current = valuesByPeriod[period] ?? [:]
        let before = valuesByPeriod[previous] ?? [:]

        let kpis = KPICatalogue.all.map { definition in
            let variant = settings.variant(of: definition.id)
            return KPIResult(definition: definition, value: current[definition.id] ?? nil, previous: before[definition.id] ?? nil,
                             target: settings.targets[definition.id],
                             trend: periods.suffix(settings.trendLength).map {
                                 KPIResult.Point(period: $0, value: valuesByPeriod[$0]?[definition.id] ?? nil)
                             },
                             variantZh: variant?.zh, variantEn: variant?.en)
        }
        return Report(period: period, previousPeriod: previous, asOf: asOf, timeZone: clock.timeZone.identifier,
                      kpis: kpis, quality: quality(inputs, period: period, current: current, rowsRead: rowsRead),
                      segments: segments ?? SegmentSummary.build(inputs, period: period, previous: previous), clv: clv,
                      tables: tables ?? ReportTables.build(inputs, period: period, previous: previous, periods: periods, asOf: asOf))
    }

    private static func values(_ inputs: MetricInputs, period: Period, previous: Period, asOf: Int64) -> KPIValues {
        var values = PoolCalculator.compute(inputs, period: period, asOf: asOf)
        values.merge(PersonPoolCalculator.compute(inputs, period: period)) { $1 }
        values.merge(GroupCalculator.compute(inputs, period: period)) { $1 }
        values.merge(CommerceCalculator.compute(inputs, period: period, previous: previous)) { $1 }
        values.merge(ConversionCalculator.compute(inputs, period: period, asOf: asOf)) { $1 }
        values.merge(LTVCalculator.compute(inputs, period: period)) { $1 }
        values.merge(FissionCalculator.compute(inputs, period: period)) { $1 }
        values.merge(ChannelCalculator.compute(inputs, period: period)) { $1 }
        return values
    }

    private static func quality(_ inputs: MetricInputs, period: Period, current: KPIValues,
                                rowsRead: [String: Int]) -> DataQuality {
        var unlinked = 0
        var unlinkedNet: Int64 = 0
        var totalNet: Int64 = 0
        for (index, amount) in inputs.qualifyingAmounts.enumerated() {
            totalNet += amount
            if !inputs.personLinked[Int(inputs.qualifyingOrderPersons[index])] {
                unlinked += 1
                unlinkedNet += amount
            }
        }
        let stocks = PoolCalculator.stocks(inputs, period: period)
        let new = Int((current["pool_new"] ?? nil) ?? 0)
        let lost = Int((current["pool_lost"] ?? nil) ?? 0)
        var skipped: [String: Int] = [:]
        for rows in inputs.dataset.skippedRows { skipped["\(rows.table.rawValue): \(rows.reason)", default: 0] += rows.count }
        return DataQuality(unlinkedOrders: unlinked, unlinkedGMVShare: ratio(Double(unlinkedNet), Double(totalNet)),
                           poolIdentityHolds: stocks.end - stocks.start == new - lost, rowsRead: rowsRead, skipped: skipped,
                           unknownColumns: Dictionary(uniqueKeysWithValues: inputs.dataset.unknownColumns.map { ($0.key.rawValue, $0.value) }))
    }
}
