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
    /// The same breakdowns for the previous period, so a change can be traced to who or where it came from.
    package var previousStaff: [StaffRow]
    package var previousChannels: [ChannelCalculator.Row]
    package var poolByChannel: [PoolBreakdownRow]
    package var poolByStaff: [PoolBreakdownRow]
    package var previousPoolByChannel: [PoolBreakdownRow]
    package var previousPoolByStaff: [PoolBreakdownRow]

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
            channels: ChannelCalculator.rows(inputs, period: period, asOf: period.end),
            previousStaff: StaffTable.build(inputs, period: previous),
            previousChannels: ChannelCalculator.rows(inputs, period: previous, asOf: previous.end),
            poolByChannel: PoolBreakdownTable.build(inputs, period: period, asOf: asOf, by: .channel),
            poolByStaff: PoolBreakdownTable.build(inputs, period: period, asOf: asOf, by: .staff),
            previousPoolByChannel: PoolBreakdownTable.build(inputs, period: previous, asOf: asOf, by: .channel),
            previousPoolByStaff: PoolBreakdownTable.build(inputs, period: previous, asOf: asOf, by: .staff))
    }
}
