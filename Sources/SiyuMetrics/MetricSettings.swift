import SiyuData

/// What the KPI definitions leave to the team: time zone, period kind, windows and channel sets (KPIS.md).
package struct MetricSettings: Sendable {
    package var clock: LocalClock
    package var periodKind: PeriodKind
    /// Rolling window of repurchase rate A, in days (KPIS.md §3, default 90).
    package var repurchaseWindowDays: Int64
    /// 按天去重: count several orders of one customer on one day once (default false, 按天非去重).
    package var repurchaseDedupeSameDay: Bool
    /// Order channels that make up private-domain GMV.
    package var privateChannels: Set<String>
    /// How many periods a trend series holds.
    package var trendLength: Int
    package var targets: [String: Target]
    /// A new contact lost within this many days is an early loss (KPIS.md §1, default 7).
    package var earlyLossDays: Int64 = 7
    /// Mass-send response window in hours (KPIS.md §2, default 24).
    package var responseWindowHours: Int64 = 24
    /// A group silent this many days is dead (KPIS.md §2, default 14).
    package var deadGroupDays: Int64 = 14
    /// Days after an add within which a first purchase is credited to the add's channel (KPIS.md §9, default 30).
    package var attributionDays: Int64 = 30
    /// RFM and 5A purchase lookback in days (KPIS.md §5–6, default 365).
    package var rfmLookbackDays: Int64 = 365
    /// 5A interaction lookback in days (KPIS.md §6, default 90).
    package var interactionLookbackDays: Int64 = 90
    /// How a score counts as high for the 8 RFM segments (default: quintile score ≥ 3).
    package var rfmHighRule: RFMHighRule = .score
    /// CLV horizon in months and monthly discount rate (KPIS.md §7d, defaults 12 and 0.01).
    /// KOC lookback and minimum inbound group messages (KPIS.md §8, defaults 90 and 5).
    package var kocLookbackDays: Int64 = 90
    package var kocMinGroupMessages = 5
    /// Gross margin for profit ROI and payback (KPIS.md §9), default 0.6.
    package var grossMargin = 0.6
    package var clvHorizonMonths = 12
    package var clvMonthlyDiscount = 0.01

    package init(clock: LocalClock = .shanghai, periodKind: PeriodKind = .month, repurchaseWindowDays: Int64 = 90,
                 repurchaseDedupeSameDay: Bool = false, privateChannels: Set<String> = MetricSettings.defaultPrivateChannels,
                 trendLength: Int = 12, targets: [String: Target] = [:]) {
        self.clock = clock
        self.periodKind = periodKind
        self.repurchaseWindowDays = repurchaseWindowDays
        self.repurchaseDedupeSameDay = repurchaseDedupeSameDay
        self.privateChannels = privateChannels
        self.trendLength = trendLength
        self.targets = targets
    }

    package static let defaultPrivateChannels: Set<String> = [
        "wecom", "personal_wechat", "wechat_group", "official_account", "mini_program",
        "企业微信", "企微", "个人微信", "社群", "微信群", "公众号", "小程序",
    ]
}

/// A bound a team sets on a KPI in `siyu.yml`.
package struct Target: Sendable, Hashable, Codable {
    package var min: Double?
    package var max: Double?

    package init(min: Double? = nil, max: Double? = nil) {
        self.min = min
        self.max = max
    }

    package func isBreached(by value: Double) -> Bool {
        if let min, value < min { return true }
        if let max, value > max { return true }
        return false
    }
}
