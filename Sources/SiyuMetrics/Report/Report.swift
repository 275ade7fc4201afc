/// Everything the KPI engine says about one period: what the site renders and `siyu kpis` prints.
package struct Report: Sendable {
    package var period: Period
    package var previousPeriod: Period
    /// The instant just after the newest data: immature windows are censored against it.
    package var asOf: Int64
    package var timeZone: String
    /// In catalogue order.
    package var kpis: [KPIResult]
    package var quality: DataQuality
    package var segments: SegmentSummary
    /// CLV models at the period end (fitted for this period and the previous one only: fitting is the costly part).
    package var clv: CLVSummary
    package var tables: ReportTables

    package func kpi(_ id: String) -> KPIResult? { kpis.first { $0.id == id } }

    package var breaches: [KPIResult] { kpis.filter { $0.status == .breached } }
}

/// Figures for the data-quality page.
package struct DataQuality: Sendable, Hashable {
    package var unlinkedOrders: Int
    package var unlinkedGMVShare: Double?
    /// S1 − S0 = new − lost; false means the rows contradict each other.
    package var poolIdentityHolds: Bool
    package var rowsRead: [String: Int]
    package var skipped: [String: Int]
    /// Header columns no table uses, per file name (e.g. "contacts" → ["会员等级"]).
    package var unknownColumns: [String: [String]] = [:]
}
