import SiyuMetrics

extension PageTableBuilder {
    func statusName(_ status: GroupRow.Status) -> String {
        switch status {
        case .active: l("活跃", "Active")
        case .dying: l("衰退", "Dying")
        case .broadcastOnly: l("只有群主在发", "Broadcast only")
        case .dead: l("死群", "Dead")
        case .young: l("新群", "New")
        case .quiet: l("本期沉默", "Quiet")
        }
    }

    /// Groups per health status, in the order a lead acts on them.
    package func groupsByStatus() -> PageTable {
        let order: [GroupRow.Status] = [.dead, .broadcastOnly, .dying, .quiet, .active, .young]
        let total = report.tables.groups.count
        return PageTable(
            id: "groups_by_status", title: l("社群状态分布", "Groups by status"),
            columns: [.init("status", l("状态", "Status"), .text), .init("groups", l("群数", "Groups"), .count),
                      .init("share", l("占比", "Share"), .rate)],
            rows: order.map { status in
                let count = report.tables.groups.filter { $0.status == status }.count
                return [.text(statusName(status)), .number(Double(count)), .number(share(count, total))]
            })
    }

    /// The groups of one status: dead, broadcast-only or dying, the lists a lead works through.
    package func groupList(_ status: GroupRow.Status) -> PageTable {
        let titles: [GroupRow.Status: (String, String)] = [
            .dead: ("死群名单", "Dead groups"), .broadcastOnly: ("只有群主在发的群", "Broadcast-only groups"),
            .dying: ("衰退中的群", "Dying groups"),
        ]
        let title = titles[status] ?? (statusName(status), statusName(status))
        return PageTable(
            id: "groups_\(status.rawValue)", title: l(title.0, title.1),
            columns: [.init("group", l("群", "Group"), .text), .init("owner", l("群主", "Owner"), .text),
                      .init("created", l("建群日期", "Created"), .text),
                      .init("messages", l("本期客户发言", "Customer messages"), .count),
                      .init("previous_messages", l("上期客户发言", "Previous period"), .count),
                      .init("previous_speakers", l("上期发言人数", "Speakers before"), .count),
                      .init("staff_messages", l("窗口内员工发言", "Staff messages in window"), .count)],
            rows: report.tables.groups.filter { $0.status == status }.map { row in
                [.text(row.name), .text(row.owner ?? ""), day(row.createdAt), .number(Double(row.inboundMessages)),
                 .number(Double(row.previousInboundMessages)), people(row.previousSpeakers), .number(Double(row.outboundInWindow))]
            })
    }

    /// Contacts in the pool at both period ends, by their 5A layer then (rows) and now (columns).
    package func fiveAFlows() -> PageTable {
        let layers = FiveALayerCalculator.Layer.allCases
        return PageTable(
            id: "five_a_flows", title: l("5A 人群流转（上期 → 本期）", "5A flows (previous → this period)"),
            columns: [.init("from", l("上期层级", "Previous layer"), .text)]
                + layers.map { .init("to_\($0.rawValue)", l($0.label, $0.english), .count) },
            rows: layers.map { from in
                [.text(l(from.label, from.english))] + layers.map { to in people(report.segments.flows[from]?[to] ?? 0) }
            },
            note: l("只含两个期末都在池中的客户；对角线为层级未变。", "Only contacts in the pool at both ends; the diagonal is unchanged."))
    }

    /// Customers per R score (rows, 5 = most recent) and F score (columns).
    package func rfGrid() -> PageTable {
        PageTable(
            id: "rf_grid", title: l("R×F 网格", "R×F grid"),
            columns: [.init("r", "R", .text)] + (1...5).map { .init("f\($0)", "F\($0)", .count) },
            rows: (1...5).reversed().map { r in
                [.text("R\(r)")] + (1...5).map { f in people(report.segments.rfGrid[safe: r - 1]?[safe: f - 1] ?? 0) }
            })
    }

    /// The fitted CLV models, or why historical spend stands in for them.
    package func clvModel() -> PageTable {
        let clv = report.clv
        var rows: [[PageTable.Cell]] = []
        if let model = clv.frequencyModel {
            rows += [("BG/NBD r", model.r), ("BG/NBD α", model.alpha), ("BG/NBD a", model.a), ("BG/NBD b", model.b)]
                .map { [.text($0.0), .number($0.1)] }
        }
        if let model = clv.spendModel {
            rows += [("Gamma-Gamma p", model.p), ("Gamma-Gamma q", model.q), ("Gamma-Gamma γ", model.gamma)]
                .map { [.text($0.0), .number($0.1)] }
        }
        return PageTable(
            id: "clv_model", title: l("CLV 模型", "CLV model"),
            columns: [.init("parameter", l("参数", "Parameter"), .text), .init("value", l("数值", "Value"), .ratio)],
            rows: rows,
            note: clv.usesModel
                ? l("BG/NBD 预测购买次数，Gamma-Gamma 预测每单金额；按周拟合。", "BG/NBD predicts purchases and Gamma-Gamma spend per order; fitted in weeks.")
                : l("成交客户少于 500 或复购客户少于 100，模型不可靠，改用历史人均消费。",
                    "Under 500 buyers or 100 repeat buyers the models are not trusted; historical spend per buyer stands in."))
    }
}
