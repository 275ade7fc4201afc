import SiyuMetrics

extension DashboardKit {
    /// `pool.html`: new, lost and net over time; by channel and staff; early loss; disturbance per campaign.
    func poolPage() -> DashboardPage {
        let id = "pool"
        let tables = report.tables
        let channels = tables.channels.filter { !$0.unattributed && $0.newContacts > 0 }
            .sorted { ($0.newContacts, $1.channel) > ($1.newContacts, $0.channel) }
        let staff = tables.staff.filter { $0.new > 0 || $0.lost > 0 }
            .sorted { ($0.new + $0.lost, $1.owner) > ($1.new + $1.lost, $0.owner) }.prefix(15)
        let campaigns = tables.campaigns.filter { $0.recipients > 0 }
        let flagged = campaigns.filter(\.flagged).count
        let retention = tables.dayRetention
        let dayLabels = retention.map { l("第\($0.day)天", "Day \($0.day)") }
        let category = l("类别", "Category")

        let sections = [
            section("pool-flow", l("新增、流失与净增", "New, lost and net"),
                    intro: l("净增恒等于期末减期初；流失率以期初客户为分母。", "Net adds always equal the end pool minus the start pool; the loss rate divides by the start pool."),
                    figures: [trend("fig-pool-flow", l("新增、流失与净增", "New, lost and net adds"), kpis: ["pool_new", "pool_lost", "pool_net"]),
                              trendBars("fig-pool-total", kpiName("pool_total"), kpi: "pool_total"),
                              trend("fig-pool-loss", kpiName("loss_rate"), kpis: ["loss_rate"])],
                    tables: [table("trend_pool", on: id)]),
            section("pool-channels", l("按渠道", "By channel"),
                    figures: [figures.bars("fig-pool-channels", l("本期新增（按渠道）", "New contacts by channel"),
                                           labels: channels.map(\.channel),
                                           series: splitSeries(channels.map(\.newBuyers), channels.map { $0.newContacts - $0.newBuyers },
                                                               names: (l("30天内首单", "Bought within 30 days"), l("其他新增", "Other new contacts"))),
                                           kind: .count, categoryTitle: l("渠道", "Channel"), orientation: .horizontal, stacked: true)],
                    tables: [table("pool_by_channel", on: id)]),
            section("pool-staff", l("按员工", "By staff member"),
                    figures: [figures.bars("fig-pool-staff", l("新增与流失（按员工）", "New and lost by staff member"),
                                           labels: staff.map(\.owner),
                                           series: [peopleSeries(kpiName("pool_new"), staff.map(\.new)),
                                                    peopleSeries(kpiName("pool_lost"), staff.map(\.lost))],
                                           kind: .count, categoryTitle: l("员工", "Staff"), orientation: .horizontal)],
                    tables: [table("pool_by_staff", on: id)]),
            section("pool-early", l("新客速流失", "Early loss"),
                    intro: l("新加的客户 7 天内就删掉员工，多半是加粉渠道或欢迎流程出了问题。",
                             "New contacts who leave within 7 days usually point at the add channel or the welcome flow."),
                    facts: [fact(kpiName("early_loss_rate"), report.kpi("early_loss_rate")?.value ?? nil, .rate),
                            fact(kpiName("returning_persons"), report.kpi("returning_persons")?.value ?? nil, .count)],
                    figures: [trend("fig-pool-early", kpiName("early_loss_rate"), kpis: ["early_loss_rate"]),
                              figures.bars("fig-pool-kept", l("本期新增 N 天后仍是好友", "New contacts still connected after N days"),
                                           labels: dayLabels, series: [ChartSeries(name: l("仍是好友", "Still connected"),
                                                                                   values: retention.map(\.relationship),
                                                                                   suppressed: small(retention.map(\.cohort)))],
                                           kind: .rate, categoryTitle: category)],
                    tables: [table("day_retention", on: id)]),
            section("pool-disturbance", l("群发打扰度", "Mass-send disturbance"),
                    intro: l("发送后 24 小时的流失，与没有群发的日子相比高出几倍；超过 2 倍且流失 ≥ 5 人即预警。",
                             "Losses in the 24 hours after a send, against days without sends; above 2× with 5+ people lost is flagged."),
                    facts: [fact(l("基线日流失率", "Baseline daily loss"), tables.baselineDailyLossHazard, .rate),
                            fact(l("预警的群发", "Flagged campaigns"), Double(flagged), .count)],
                    figures: [figures.bars("fig-pool-lift", l("打扰度（按群发活动）", "Disturbance lift by campaign"),
                                           labels: campaigns.map(\.campaign),
                                           series: [ChartSeries(name: l("打扰度（倍）", "Lift (×)"), values: campaigns.map(\.lift24h),
                                                                suppressed: small(campaigns.map(\.recipients)))],
                                           kind: .ratio, categoryTitle: l("活动", "Campaign"), orientation: .horizontal,
                                           reference: ChartReference(value: 2, label: l("预警线 2×", "Flag at 2×")))],
                    tables: [table("campaigns", on: id)]),
        ]
        return page(id, intro: l("客户池的进出：谁来了、谁走了、从哪来、跟着谁走的。",
                                 "Who joined and who left the pool, through which channel and with which staff member."),
                    sections: sections)
    }

    /// Two parts of one total as stacked series: when either part is too small to publish, both are hidden, so the
    /// small one cannot be worked out from the total.
    func splitSeries(_ first: [Int], _ second: [Int], names: (String, String)) -> [ChartSeries] {
        let hidden = small(first).union(small(second))
        return [ChartSeries(name: names.0, values: first.map { Double($0) }, suppressed: hidden),
                ChartSeries(name: names.1, values: second.map { Double($0) }, suppressed: hidden)]
    }

    /// Indices of groups too small to publish a figure over.
    func small(_ sizes: [Int]) -> Set<Int> {
        Set(sizes.indices.filter { sizes[$0] > 0 && sizes[$0] < context.minGroupSize })
    }
}
