import SiyuMetrics

extension PageTableBuilder {
    package func staff() -> PageTable {
        PageTable(
            id: "staff", title: l("员工", "Staff"),
            columns: [.init("owner", l("员工", "Staff"), .text), .init("pool_start", l("期初客户", "Pool at start"), .count),
                      .init("pool_end", l("期末客户", "Pool at end"), .count), .init("new", l("新增", "New"), .count),
                      .init("lost", l("流失", "Lost"), .count), .init("loss_rate", l("流失率", "Loss rate"), .rate),
                      .init("reply_rate", l("已回复聊天占比", "Reply rate"), .rate), .init("gmv_net", l("净GMV", "Net GMV"), .money)],
            rows: report.tables.staff.map { row in
                [.text(row.owner), people(row.poolStart), people(row.poolEnd), people(row.new), people(row.lost),
                 over(row.poolStart, row.lossRate), over(row.customerStartedChats, row.replyRate), .number(row.netGMV)]
            },
            note: l("净GMV 归属于客户第一段关系的员工。", "Net GMV is credited to the staff member of the customer's first relationship."))
    }

    package func channels() -> PageTable {
        PageTable(
            id: "channels", title: l("渠道", "Channels"),
            columns: [.init("channel", l("渠道", "Channel"), .text), .init("cost", l("花费", "Spend"), .money),
                      .init("new_contacts", l("新增客户", "New contacts"), .count),
                      .init("cost_per_add", l("加粉成本", "Cost per add"), .money),
                      .init("new_buyers", l("30天内首单客户", "Buyers within 30 days"), .count),
                      .init("cac", "CAC", .money), .init("attributed_gmv", l("归因净GMV", "Attributed net GMV"), .money),
                      .init("roi", "ROI", .ratio), .init("profit_roi", l("利润ROI", "Profit ROI"), .ratio),
                      .init("payback_months", l("回本周期（月）", "Payback (months)"), .ratio)],
            rows: report.tables.channels.map { row in
                [.text(row.unattributed ? row.channel + l("（未归因）", " (unattributed)") : row.channel),
                 .number(Double(row.cost) / 100), people(row.newContacts), .number(row.costPerAdd), people(row.newBuyers),
                 .number(row.cac), .number(Double(row.attributedGMV) / 100), .number(row.roi), .number(row.profitROI),
                 .number(row.paybackMonths)]
            },
            note: l("花费与当期新增匹配；客户归因于第一段关系的渠道，添加后 30 天内首单计为获客；利润ROI 按毛利率计算。",
                    "Spend is matched to the period's adds; a customer belongs to their first relationship's channel and counts as acquired on a first order within 30 days; profit ROI uses the gross margin."))
    }

    package func campaigns() -> PageTable {
        PageTable(
            id: "campaigns", title: l("群发活动", "Mass-send campaigns"),
            columns: [.init("campaign", l("活动", "Campaign"), .text), .init("first_send", l("首次发送", "First send"), .text),
                      .init("recipients", l("收到人数", "Recipients"), .count),
                      .init("response_24h", l("24小时回复率", "Response 24 h"), .rate),
                      .init("response_72h", l("72小时回复率", "Response 72 h"), .rate),
                      .init("median_response_minutes", l("回复中位时长（分钟）", "Median reply (min)"), .minutes),
                      .init("lost_24h", l("24小时内流失", "Lost within 24 h"), .count),
                      .init("post_send_loss", l("发送后流失率", "Post-send loss"), .rate),
                      .init("lift_24h", l("打扰度（倍）", "Disturbance lift"), .ratio),
                      .init("flagged", l("预警", "Flag"), .text)],
            rows: report.tables.campaigns.map { row in
                [.text(row.campaign), day(row.firstSend), people(row.recipients), over(row.recipients, row.responseRate),
                 over(row.recipients, row.responseRate72h), over(row.responded72h, row.medianResponseMinutes),
                 people(row.lost24h), over(row.recipients, row.postSendLoss), .number(row.lift24h),
                 .text(row.flagged ? l("打扰过度", "Too disruptive") : "")]
            },
            note: l("打扰度 = 发送后 24 小时流失率 ÷ 无群发日的基线流失率推算值；> 2 且流失 ≥ 5 人时预警。",
                    "Lift = 24-hour post-send loss ÷ the loss expected from days without sends; flagged above 2 with 5+ people lost."))
    }

    package func groups() -> PageTable {
        return PageTable(
            id: "groups", title: l("社群健康度", "Group health"),
            columns: [.init("group", l("群", "Group"), .text), .init("owner", l("群主", "Owner"), .text),
                      .init("status", l("状态", "Status"), .text),
                      .init("messages", l("客户发言", "Customer messages"), .count),
                      .init("previous_messages", l("上期客户发言", "Previous period"), .count),
                      .init("speakers", l("发言人数", "Speakers"), .count),
                      .init("staff_messages", l("窗口内员工发言", "Staff messages in window"), .count)],
            rows: report.tables.groups.map { row in
                [.text(row.name), .text(row.owner ?? ""), .text(statusName(row.status)), .number(Double(row.inboundMessages)),
                 .number(Double(row.previousInboundMessages)), people(row.speakers), .number(Double(row.outboundInWindow))]
            },
            note: l("死群：建群满 14 天且近 14 天无客户发言；只有群主在发：近 14 天只有员工消息；衰退：本期客户发言不到上期 20% 且上期 ≥ 3 人发言。",
                    "Dead: 14+ days old and no customer message in 14 days; broadcast only: only staff messages in 14 days; dying: under 20% of last period's customer messages with 3+ speakers before."))
    }
}
