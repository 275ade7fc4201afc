import SiyuMetrics

extension DashboardKit {
    /// `engagement.html`: active rate, mass-send response, staff reply rate and first-reply time.
    func engagementPage() -> DashboardPage {
        let id = "engagement"
        let campaigns = report.tables.campaigns.filter { $0.recipients > 0 }
        let staff = report.tables.staff.filter { $0.customerStartedChats > 0 }
            .sorted { ($0.replyRate ?? 0, $1.owner) > ($1.replyRate ?? 0, $0.owner) }
        let hiddenCampaigns = small(campaigns.map(\.recipients))
        let sections = [
            section("engagement-trend", l("活跃与回复趋势", "Activity and replies over time"),
                    intro: l("活跃 = 客户主动发来消息或下单；只有员工发出的消息不算。",
                             "Active means the customer wrote or bought; messages sent by staff alone do not count."),
                    figures: [trend("fig-engagement-active", l("活跃率", "Active rate"), kpis: ["active_rate", "active_rate_end"]),
                              trend("fig-engagement-response", l("群发回复率与员工回复率", "Response and reply rates"),
                                    kpis: ["mass_send_response_rate", "mass_send_response_rate_72h", "staff_reply_rate"]),
                              trend("fig-engagement-first-reply", kpiName("first_reply_minutes"), kpis: ["first_reply_minutes"])],
                    tables: [table("trend_engagement", on: id)]),
            section("engagement-campaigns", l("群发回复（按活动）", "Mass-send response by campaign"),
                    intro: l("回复须在收到后、下一次群发之前。", "A reply must come after the send and before the next one."),
                    figures: [figures.bars("fig-engagement-campaigns", l("各活动回复率", "Response rate by campaign"),
                                           labels: campaigns.map(\.campaign),
                                           series: [ChartSeries(name: l("24小时", "24 h"), values: campaigns.map(\.responseRate),
                                                                suppressed: hiddenCampaigns),
                                                    ChartSeries(name: l("72小时", "72 h"), values: campaigns.map(\.responseRate72h),
                                                                suppressed: hiddenCampaigns)],
                                           kind: .rate, categoryTitle: l("活动", "Campaign"), orientation: .horizontal)],
                    tables: [table("campaigns", on: id)]),
            section("engagement-staff", l("员工回复（按员工）", "Replies by staff member"),
                    facts: [fact(kpiName("staff_reply_rate"), report.kpi("staff_reply_rate")?.value ?? nil, .rate),
                            fact(kpiName("first_reply_minutes"), report.kpi("first_reply_minutes")?.value ?? nil, .minutes)],
                    figures: [figures.bars("fig-engagement-staff", l("已回复聊天占比（按员工）", "Reply rate by staff member"),
                                           labels: staff.map(\.owner),
                                           series: [ChartSeries(name: kpiName("staff_reply_rate"), values: staff.map(\.replyRate),
                                                                suppressed: small(staff.map(\.customerStartedChats)))],
                                           kind: .rate, categoryTitle: l("员工", "Staff"), orientation: .horizontal)],
                    tables: [table("staff_replies", on: id)]),
        ]
        return page(id, intro: l("客户有没有在说话、群发有没有人回、员工回得快不快。",
                                 "Whether customers talk, whether mass sends get answers, and how fast staff reply."),
                    sections: sections)
    }

    /// `groups.html`: group activity, and the dead, broadcast-only and dying lists.
    func groupsPage() -> DashboardPage {
        let id = "groups"
        let groups = report.tables.groups
        let order: [GroupRow.Status] = [.dead, .broadcastOnly, .dying, .quiet, .active, .young]
        let counts = order.map { status in groups.filter { $0.status == status }.count }
        let busiest = groups.filter { $0.inboundMessages > 0 || $0.previousInboundMessages > 0 }
            .sorted { ($0.inboundMessages, $1.name) > ($1.inboundMessages, $0.name) }.prefix(12)
        let sections = [
            section("groups-trend", l("社群活跃趋势", "Group activity over time"),
                    figures: [trend("fig-groups-active", kpiName("group_active_rate"), kpis: ["group_active_rate"]),
                              trendBars("fig-groups-dead", kpiName("dead_groups"), kpi: "dead_groups")],
                    tables: [table("trend_groups", on: id)]),
            section("groups-status", l("社群状态", "Group status"),
                    intro: l("死群：建群满 14 天、近 14 天没有客户发言；只有群主在发：近 14 天只有员工消息；衰退：客户发言不到上期 20%。",
                             "Dead: 14+ days old with no customer message in 14 days; broadcast only: only staff spoke in 14 days; dying: under 20% of last period's customer messages."),
                    figures: [figures.bars("fig-groups-status", l("各状态群数", "Groups by status"),
                                           labels: order.map(builder.statusName),
                                           series: [ChartSeries(name: l("群数", "Groups"), values: counts.map { Double($0) })],
                                           kind: .count, categoryTitle: l("状态", "Status"), orientation: .horizontal),
                              figures.bars("fig-groups-busiest", l("客户发言最多的群", "Groups with the most customer messages"),
                                           labels: busiest.map(\.name),
                                           series: [ChartSeries(name: l("本期", "This period"), values: busiest.map { Double($0.inboundMessages) }),
                                                    ChartSeries(name: l("上期", "Previous"), values: busiest.map { Double($0.previousInboundMessages) })],
                                           kind: .count, categoryTitle: l("群", "Group"), orientation: .horizontal)],
                    tables: [table("groups_by_status", on: id)]),
            section("groups-dead", l("死群", "Dead groups"), tables: [table("groups_dead", on: id)]),
            section("groups-broadcast", l("只有群主在发", "Broadcast only"), tables: [table("groups_broadcast_only", on: id)]),
            section("groups-dying", l("衰退中的群", "Dying groups"), tables: [table("groups_dying", on: id)]),
            section("groups-all", l("全部社群", "All groups"), tables: [table("groups", on: id)]),
        ]
        return page(id, intro: l("哪些群在说话，哪些群已经没人说话，先救哪一个。",
                                 "Which groups are alive, which went quiet, and which to rescue first."),
                    sections: sections)
    }
}
