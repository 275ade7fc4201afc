import SiyuMetrics

extension PageTableBuilder {
    /// A family's KPIs over the trend periods: one row per period, one column per KPI.
    package func trend(_ family: KPIFamily) -> PageTable {
        let kpis = report.kpis.filter { $0.definition.family == family }
        let periods = kpis.first?.trend.map(\.period) ?? []
        return PageTable(
            id: "trend_\(family.rawValue)", title: l("近 \(periods.count) 期趋势", "Last \(periods.count) periods"),
            columns: [.init("period", l("周期", "Period"), .text)]
                + kpis.map { .init($0.id, l($0.definition.nameZh, $0.definition.nameEn), PageTable.Kind($0.definition.unit)) },
            rows: periods.indices.map { index in
                [.text(periods[index].label)] + kpis.map { kpi in
                    let value = kpi.trend[safe: index]?.value ?? nil
                    return PeopleCount.isHidden(kpi.definition, value, minGroupSize: minGroupSize) ? .suppressed : .number(value)
                }
            })
    }

    /// The pool's movement by the channel contacts came from: adds (with the change from the previous period),
    /// losses, early losses and first orders within 30 days.
    package func poolByChannel() -> PageTable {
        let previous = Dictionary(report.tables.previousPoolByChannel.map { ($0.key, $0.new) }) { first, _ in first }
        let buyers = Dictionary(report.tables.channels.map { ($0.channel, $0.newBuyers) }) { first, _ in first }
        let rows = report.tables.poolByChannel.filter { $0.new > 0 || $0.lost > 0 }
        let total = rows.reduce(0) { $0 + $1.new }
        return PageTable(
            id: "pool_by_channel", title: l("客户池（按渠道）", "Pool by channel"),
            columns: [.init("channel", l("渠道", "Channel"), .text), .init("new_contacts", l("新增客户", "New contacts"), .count),
                      .init("share", l("占新增", "Share of new"), .rate),
                      .init("new_change", l("新增较上期", "New vs previous"), .count),
                      .init("lost", l("流失", "Lost"), .count),
                      .init("early_loss_rate", l("新客速流失率", "Early loss rate"), .rate),
                      .init("new_buyers", l("30天内首单", "Bought within 30 days"), .count),
                      .init("pool_end", l("期末客户", "Pool at end"), .count)],
            rows: rows.map { row in
                [.text(row.key), people(row.new), over(row.new, share(row.new, total)),
                 row.new < minGroupSize && (previous[row.key] ?? 0) < minGroupSize ? .suppressed : net(row.new - (previous[row.key] ?? 0)),
                 people(row.lost), over(row.earlyEligible, row.earlyLossRate), people(buyers[row.key] ?? 0), people(row.poolEnd)]
            },
            note: l("渠道取客户关系的添加渠道；首单按客户第一段关系归因；速流失：\(report.kpi("early_loss_rate")?.variantZh ?? "添加后 7 天内流失")。",
                    "The channel a relationship was added through; first orders are credited to the customer's first relationship; early loss = \(report.kpi("early_loss_rate")?.variantEn ?? "lost within 7 days")."))
    }

    /// Each staff member's pool over the period: start, end, net, new, lost, loss rate.
    package func poolByStaff() -> PageTable {
        let rows = report.tables.staff.sorted { ($0.new - $0.lost, $0.poolEnd, $1.owner) > ($1.new - $1.lost, $1.poolEnd, $0.owner) }
        return PageTable(
            id: "pool_by_staff", title: l("客户池（按员工）", "Pool by staff member"),
            columns: [.init("owner", l("员工", "Staff"), .text), .init("pool_start", l("期初", "Start"), .count),
                      .init("pool_end", l("期末", "End"), .count), .init("net", l("净增", "Net"), .count),
                      .init("new", l("新增", "New"), .count), .init("lost", l("流失", "Lost"), .count),
                      .init("loss_rate", l("流失率", "Loss rate"), .rate)],
            rows: rows.map { row in
                [.text(row.owner), people(row.poolStart), people(row.poolEnd), net(row.new - row.lost), people(row.new),
                 people(row.lost), over(row.poolStart, row.lossRate)]
            },
            note: l("按净增从高到低；流失率 = 流失 ÷ 期初。", "Sorted by net adds; loss rate = lost ÷ pool at the start."))
    }

    /// Customer-started 1:1 chats per staff member and how many were answered the same day.
    package func staffReplies() -> PageTable {
        let rows = report.tables.staff.filter { $0.customerStartedChats > 0 }
            .sorted { ($0.replyRate ?? 0, $0.customerStartedChats, $1.owner) > ($1.replyRate ?? 0, $1.customerStartedChats, $0.owner) }
        return PageTable(
            id: "staff_replies", title: l("员工回复（单聊）", "Staff replies (1:1 chats)"),
            columns: [.init("owner", l("员工", "Staff"), .text),
                      .init("customer_started", l("客户发起的聊天", "Customer-started chats"), .count),
                      .init("replied", l("当天已回复", "Answered same day"), .count),
                      .init("reply_rate", l("已回复聊天占比", "Reply rate"), .rate)],
            rows: rows.map { row in
                [.text(row.owner), people(row.customerStartedChats), people(row.repliedChats),
                 over(row.customerStartedChats, row.replyRate)]
            },
            note: l("每位客户每个自然日算一次聊天；当天客户先发、员工当天回复即为已回复（企业微信口径）。",
                    "One chat per contact and natural day; answered when staff reply the same day after the customer wrote first (WeCom's rule)."))
    }

    /// A net change of people: hidden when it is small enough to single people out.
    func net(_ value: Int) -> PageTable.Cell {
        value != 0 && abs(value) < minGroupSize ? .suppressed : .number(Double(value))
    }

    func share(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
