/// The breakdowns behind the dashboard pages, for the report period.
package struct ReportTables: Sendable, Hashable {
    package var campaigns: [CampaignRow]
    package var baselineDailyLossHazard: Double?
    package var groups: [GroupRow]
    package var cohorts: CohortMatrix
    package var dayRetention: [DayRetention]
    package var repurchaseCohorts: [RepurchaseCohort]
    package var ltv: [LTVRow]
    package var fission: FissionSummary
    package var staff: [StaffRow]
    package var channels: [ChannelCalculator.Row]

    static func build(_ inputs: MetricInputs, period: Period, previous: Period, periods: [Period], asOf: Int64) -> ReportTables {
        let campaigns = CampaignTable.build(inputs, period: period)
        return ReportTables(
            campaigns: campaigns.rows, baselineDailyLossHazard: campaigns.baselineDailyHazard,
            groups: GroupHealthTable.build(inputs, period: period, previous: previous),
            cohorts: CohortTable.build(inputs, periods: periods, asOf: asOf),
            dayRetention: CohortTable.dayRetention(inputs, period: period, asOf: asOf),
            repurchaseCohorts: CohortTable.repurchaseCohorts(inputs, periods: periods, asOf: asOf),
            ltv: LTVTable.build(inputs, asOf: min(asOf, period.end)),
            fission: FissionTable.build(inputs, period: period, asOf: asOf),
            staff: StaffTable.build(inputs, period: period),
            channels: ChannelCalculator.rows(inputs, period: period, asOf: period.end))
    }
}
