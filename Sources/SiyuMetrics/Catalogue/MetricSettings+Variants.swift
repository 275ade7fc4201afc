extension MetricSettings {
    /// The variant and window a KPI was computed with, in words (zh, en); nil when it has no choice to report.
    package func variant(of id: String) -> (zh: String, en: String)? {
        switch id {
        case "repurchase_rate":
            let dedupe = repurchaseDedupeSameDay
            return ("口径 A：截至期末滚动 \(repurchaseWindowDays) 天；\(dedupe ? "同日多单计一次（按天去重）" : "同日多单分别计（按天非去重）")",
                    "Variant A: rolling \(repurchaseWindowDays) days to the period end; \(dedupe ? "same-day orders count once" : "same-day orders count separately")")
        case "repurchase_rate_cross": return ("口径 C：上期成交客户本期再成交", "Variant C: previous period's buyers buying again")
        case "repurchase_rate_orders": return ("口径 B：按订单", "Variant B: per order")
        case "early_loss_rate": return ("添加后 \(earlyLossDays) 天内流失", "Lost within \(earlyLossDays) days of the add")
        case "mass_send_response_rate":
            return ("回复窗口 \(responseWindowHours) 小时", "\(responseWindowHours)-hour reply window")
        case "dead_groups", "group_active_rate":
            return ("死群窗口 \(deadGroupDays) 天", "\(deadGroupDays)-day dead-group window")
        case "cac", "roi":
            return ("添加后 \(attributionDays) 天内首单归因；ROI 为 GMV 口径，毛利率 \(Int(grossMargin * 100))% 用于利润ROI",
                    "First order within \(attributionDays) days of the add; ROI on GMV, \(Int(grossMargin * 100))% gross margin for profit ROI")
        case "clv_predicted":
            return ("BG/NBD + Gamma-Gamma，\(clvHorizonMonths) 个月，月折现 \(clvMonthlyDiscount * 100)%",
                    "BG/NBD + Gamma-Gamma, \(clvHorizonMonths) months, \(clvMonthlyDiscount * 100)% monthly discount")
        case "active_rate": return ("分母：期初客户 + 本期新增", "Denominator: pool at the start + new")
        case "loss_rate": return ("分母：期初客户总数", "Denominator: pool at the start")
        default: return nil
        }
    }
}
