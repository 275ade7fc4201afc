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
