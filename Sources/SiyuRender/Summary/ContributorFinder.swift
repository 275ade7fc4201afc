import SiyuMetrics

/// Names the biggest contributor behind a KPI's movement from the report's breakdowns: the channel that brought
/// most new contacts, the staff member with most losses, the best or worst campaign, the 5A layer that moved most.
/// Where the report has the previous period's breakdown too (adds and losses by channel and staff, sales by staff),
/// the clause names whoever changed most; otherwise the largest share of this period's figure.
/// Counts under the privacy threshold read "<5"; people are named only by masked id.
struct ContributorFinder {
    let context: RenderContext
    let language: Language
    let format: NumberFormat

    init(context: RenderContext) {
        self.context = context
        language = context.language
        format = NumberFormat(language: language)
    }

    func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    func people(_ count: Int) -> String {
        count > 0 && count < context.minGroupSize ? "<\(context.minGroupSize)" : format.grouped(Double(count), decimals: 0)
    }

    func percent(_ part: Double, _ whole: Double) -> String {
        whole > 0 ? NumberFormat.fixed(part / whole * 100, decimals: 0) + "%" : NumberFormat.missing
    }

    /// The clause for a KPI, or no parts when no breakdown explains it.
    func clause(for kpi: KPIResult) -> [SummaryLine.Part] {
        let favourable = kpi.movedFavourably ?? true
        switch kpi.id {
        case "pool_new", "returning_persons": return topChannel()
        case "first_purchase_7d", "first_purchase_30d": return topConvertingChannel()
        case "pool_lost", "loss_rate", "early_loss_rate": return topLossStaff() + disruptiveCampaign()
        case "active_rate", "mass_send_response_rate": return campaign(best: favourable)
        case "staff_reply_rate", "first_reply_minutes": return replyStaff(best: favourable)
        case "group_active_rate", "dead_groups": return groupStatus()
        case "buyers", "revenue_per_buyer", "aov", "purchase_frequency", "private_gmv_share": return topSalesStaff()
        case "repurchase_rate", "repurchase_rate_cross", "repurchase_rate_orders": return layerMove()
        case "ltv_historical_90d", "ltv_with_referrals": return topLTVChannel()
        case "k_factor", "referrer_share": return topKOC()
        case "cost_per_add", "cac", "roi": return topSpendChannel()
        default: return []
        }
    }

    /// The channel whose adds changed most from the previous period, in the direction the KPI moved.
    private func topChannel() -> [SummaryLine.Part] {
        let previous = Dictionary(context.report.tables.previousPoolByChannel.map { ($0.key, $0.new) }) { first, _ in first }
        let rows = context.report.tables.poolByChannel.map { ($0.key, $0.new, $0.new - (previous[$0.key] ?? 0)) }
        guard let top = rows.max(by: { (abs($0.2), $1.0) < (abs($1.2), $0.0) }), top.2 != 0,
              max(top.1, previous[top.0] ?? 0) >= context.minGroupSize else { return [] }
        let change = (top.2 > 0 ? "+" : "−") + people(abs(top.2))
        return [.init(text: l("变化最大的渠道是", "the channel that changed most was "), strong: false),
                .init(text: l("「\(top.0)」", top.0), strong: true),
                .init(text: l("（新增 \(people(top.1)) 人，较上期 \(change)）", " (\(people(top.1)) new, \(change) on the previous period)"), strong: false)]
    }

    /// The channel whose new contacts placed the most first orders within 30 days (counts, not a rate).
    private func topConvertingChannel() -> [SummaryLine.Part] {
        let channels = context.report.tables.channels.filter { !$0.unattributed && $0.newBuyers > 0 }
        guard let top = channels.max(by: { ($0.newBuyers, $1.channel) < ($1.newBuyers, $0.channel) }),
              top.newBuyers >= context.minGroupSize else { return [] }
        return [.init(text: l("30天内首单最多的是", "most first orders within 30 days came from "), strong: false),
                .init(text: l("「\(top.channel)」", top.channel), strong: true),
                .init(text: l("渠道（\(people(top.newContacts)) 位新客中 \(people(top.newBuyers)) 位）",
                              " (\(people(top.newBuyers)) of \(people(top.newContacts)) new contacts)"), strong: false)]
    }

    /// The staff member whose losses grew (or fell) most from the previous period.
    private func topLossStaff() -> [SummaryLine.Part] {
        let previous = Dictionary(context.report.tables.previousPoolByStaff.map { ($0.key, $0.lost) }) { first, _ in first }
        let rows = context.report.tables.poolByStaff.map { ($0.key, $0.lost, $0.lost - (previous[$0.key] ?? 0)) }
        guard let top = rows.max(by: { (abs($0.2), $1.0) < (abs($1.2), $0.0) }), top.2 != 0,
              max(top.1, previous[top.0] ?? 0) >= context.minGroupSize else { return [] }
        let change = (top.2 > 0 ? "+" : "−") + people(abs(top.2))
        return [.init(text: l("流失变化最大的是", "losses changed most with "), strong: false),
                .init(text: l("「\(top.0)」", top.0), strong: true),
                .init(text: l("的客户（本期 \(people(top.1)) 人，较上期 \(change)）", " (\(people(top.1)) lost, \(change) on the previous period)"), strong: false)]
    }

    private func disruptiveCampaign() -> [SummaryLine.Part] {
        guard let worst = context.report.tables.campaigns.filter(\.flagged)
            .max(by: { ($0.lift24h ?? 0, $1.campaign) < ($1.lift24h ?? 0, $0.campaign) }) else { return [] }
        let lift = NumberFormat.fixed(worst.lift24h ?? 0, decimals: 1)
        return [.init(text: l("；群发", "; the mass send "), strong: false),
                .init(text: l("「\(worst.campaign)」", worst.campaign), strong: true),
                .init(text: l("后 24 小时流失 \(people(worst.lost24h)) 人，是平时的 \(lift) 倍",
                              " lost \(people(worst.lost24h)) within 24 hours, \(lift)× the usual rate"), strong: false)]
    }

    private func campaign(best: Bool) -> [SummaryLine.Part] {
        let campaigns = context.report.tables.campaigns.filter { $0.recipients >= context.minGroupSize && $0.responseRate != nil }
        let pick = best ? campaigns.max(by: { ($0.responseRate ?? 0, $1.campaign) < ($1.responseRate ?? 0, $0.campaign) })
                        : campaigns.min(by: { ($0.responseRate ?? 0, $0.campaign) < ($1.responseRate ?? 0, $1.campaign) })
        guard let pick else { return [] }
        return [.init(text: l(best ? "回复最好的群发是" : "回复最差的群发是", best ? "the best-answered mass send was " : "the least-answered mass send was "), strong: false),
                .init(text: l("「\(pick.campaign)」", pick.campaign), strong: true),
                .init(text: l("（24 小时回复率 \(format.value(pick.responseRate, unit: .rate))）",
                              " (\(format.value(pick.responseRate, unit: .rate)) replied within 24 hours)"), strong: false)]
    }

    private func replyStaff(best: Bool) -> [SummaryLine.Part] {
        let staff = context.report.tables.staff.filter { $0.customerStartedChats >= context.minGroupSize && $0.replyRate != nil }
        let pick = best ? staff.max(by: { ($0.replyRate ?? 0, $1.owner) < ($1.replyRate ?? 0, $0.owner) })
                        : staff.min(by: { ($0.replyRate ?? 0, $0.owner) < ($1.replyRate ?? 0, $1.owner) })
        guard let pick else { return [] }
        return [.init(text: l(best ? "回复率最高的是" : "回复率最低的是", best ? "the highest reply rate was " : "the lowest reply rate was "), strong: false),
                .init(text: l("「\(pick.owner)」", pick.owner), strong: true),
                .init(text: l("（\(format.value(pick.replyRate, unit: .rate))）", " (\(format.value(pick.replyRate, unit: .rate)))"), strong: false)]
    }

    private func groupStatus() -> [SummaryLine.Part] {
        let groups = context.report.tables.groups
        let dead = groups.filter { $0.status == .dead }.count
        let dying = groups.filter { $0.status == .dying }.count
        let broadcast = groups.filter { $0.status == .broadcastOnly }.count
        guard dead + dying + broadcast > 0 else { return [] }
        return [.init(text: l("需要处理：死群 \(dead) 个、衰退 \(dying) 个、只有群主在发 \(broadcast) 个",
                              "to act on: \(dead) dead, \(dying) dying and \(broadcast) broadcast-only groups"), strong: false)]
    }

    /// The staff member whose customers' net GMV changed most from the previous period.
    private func topSalesStaff() -> [SummaryLine.Part] {
        let previous = Dictionary(context.report.tables.previousStaff.map { ($0.owner, $0.netGMV) }) { first, _ in first }
        let rows = context.report.tables.staff.map { ($0.owner, $0.netGMV, $0.netGMV - (previous[$0.owner] ?? 0)) }
        guard let top = rows.max(by: { (abs($0.2), $1.0) < (abs($1.2), $0.0) }), top.2 != 0 else { return [] }
        let change = (top.2 > 0 ? "+" : "−") + format.value(abs(top.2), unit: .money)
        return [.init(text: l("成交变化最大的是", "sales changed most with "), strong: false),
                .init(text: l("「\(top.0)」", top.0), strong: true),
                .init(text: l("的客户（净GMV \(format.value(top.1, unit: .money))，较上期 \(change)）",
                              "'s customers (\(format.value(top.1, unit: .money)) net GMV, \(change) on the previous period)"), strong: false)]
    }

    private func layerMove() -> [SummaryLine.Part] {
        let segments = context.report.segments
        let moves = [FiveALayerCalculator.Layer.act, .advocate].map { layer in
            (layer, segments.layers[layer] ?? 0, segments.previousLayers[layer] ?? 0)
        }
        guard let top = moves.max(by: { abs($0.1 - $0.2) < abs($1.1 - $1.2) }), top.1 != top.2,
              top.1 >= context.minGroupSize, top.2 >= context.minGroupSize else { return [] }
        return [.init(text: l("5A 分层中", "in the 5A layers, "), strong: false),
                .init(text: l(top.0.label, top.0.english), strong: true),
                .init(text: l(" 从 \(people(top.2)) 人变为 \(people(top.1)) 人", " went from \(people(top.2)) to \(people(top.1))"), strong: false)]
    }

    private func topLTVChannel() -> [SummaryLine.Part] {
        let rows = context.report.tables.ltv.filter { $0.channel != nil && $0.contacts >= context.minGroupSize && $0.values[safe: 1] != nil }
        guard let top = rows.max(by: { ($0.values[1] ?? 0, $1.channel ?? "") < ($1.values[1] ?? 0, $0.channel ?? "") }),
              let channel = top.channel else { return [] }
        return [.init(text: l("90天LTV 最高的渠道是", "the highest 90-day LTV was in "), strong: false),
                .init(text: l("「\(channel)」", channel), strong: true),
                .init(text: l("（\(format.value(top.values[1] ?? nil, unit: .money))）", " (\(format.value(top.values[1] ?? nil, unit: .money)))"), strong: false)]
    }

    private func topKOC() -> [SummaryLine.Part] {
        guard let top = context.report.tables.fission.kocs.first else { return [] }
        return [.init(text: l("带来成交最多的 KOC 是 ", "the KOC with the most referred sales is "), strong: false),
                .init(text: context.masker.mask(top.contactId), strong: true),
                .init(text: l("（推荐 \(people(top.referredContacts)) 人）", " (\(people(top.referredContacts)) referred)"), strong: false)]
    }

    private func topSpendChannel() -> [SummaryLine.Part] {
        let channels = context.report.tables.channels.filter { $0.cost > 0 }
        let total = channels.reduce(Int64(0)) { $0 + $1.cost }
        guard let top = channels.max(by: { ($0.cost, $1.channel) < ($1.cost, $0.channel) }) else { return [] }
        let spend = format.value(Double(top.cost) / 100, unit: .money)
        return [.init(text: l("花费最多的是", "the most was spent on "), strong: false),
                .init(text: l("「\(top.channel)」", top.channel), strong: true),
                .init(text: l("渠道（\(spend)，占 \(percent(Double(top.cost), Double(total)))，加粉成本 \(format.value(top.costPerAdd, unit: .money))）",
                              " (\(spend), \(percent(Double(top.cost), Double(total))), \(format.value(top.costPerAdd, unit: .money)) per add)"), strong: false)]
    }
}
