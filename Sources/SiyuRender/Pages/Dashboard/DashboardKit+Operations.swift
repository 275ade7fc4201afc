import SiyuMetrics

extension DashboardKit {
    /// `channels.html`: cost per add, CAC, ROI and payback by channel.
    func channelsPage() -> DashboardPage {
        let id = "channels"
        let paid = report.tables.channels.filter { $0.cost > 0 }
        let names = paid.map { $0.unattributed ? $0.channel + l("（未归因）", " (unattributed)") : $0.channel }
        let sections = [
            section("channels-trend", l("投放效率趋势", "Acquisition efficiency over time"),
                    figures: [trend("fig-channels-cost", l("加粉成本与获客成本", "Cost per add and CAC"), kpis: ["cost_per_add", "cac"]),
                              trend("fig-channels-roi", kpiName("roi"), kpis: ["roi"])],
                    tables: [table("trend_channels", on: id)]),
            section("channels-economics", l("各渠道投入产出", "Economics by channel"),
                    intro: l("花费与当期新增匹配；客户归因于第一段关系的渠道，添加后 30 天内首单计为获客；ROI 为净GMV ÷ 花费，利润ROI 扣除成本并按毛利率计算。",
                             "Spend is matched to the period's adds; customers belong to their first relationship's channel and count as acquired on a first order within 30 days; ROI is net GMV ÷ spend, profit ROI applies the gross margin and deducts the spend."),
                    figures: [figures.bars("fig-channels-spend", l("花费（按渠道）", "Spend by channel"), labels: names,
                                           series: [ChartSeries(name: l("花费", "Spend"), values: paid.map { Double($0.cost) / 100 })],
                                           kind: .money, categoryTitle: l("渠道", "Channel"), orientation: .horizontal),
                              figures.bars("fig-channels-unit", l("加粉成本与CAC（按渠道）", "Cost per add and CAC by channel"), labels: names,
                                           series: [ChartSeries(name: kpiName("cost_per_add"), values: paid.map(\.costPerAdd),
                                                                suppressed: small(paid.map(\.newContacts))),
                                                    ChartSeries(name: "CAC", values: paid.map(\.cac), suppressed: small(paid.map(\.newBuyers)))],
                                           kind: .money, categoryTitle: l("渠道", "Channel"), orientation: .horizontal),
                              figures.bars("fig-channels-roi-by", l("ROI 与利润ROI（按渠道）", "ROI and profit ROI by channel"), labels: names,
                                           series: [ChartSeries(name: "ROI", values: paid.map(\.roi)),
                                                    ChartSeries(name: l("利润ROI", "Profit ROI"), values: paid.map(\.profitROI))],
                                           kind: .ratio, categoryTitle: l("渠道", "Channel"), orientation: .horizontal,
                                           reference: ChartReference(value: 1, label: l("回本线 1", "Break-even 1"))),
                              figures.bars("fig-channels-payback", l("回本周期（按渠道）", "Payback by channel"), labels: names,
                                           series: [ChartSeries(name: l("回本周期（月）", "Payback (months)"), values: paid.map(\.paybackMonths))],
                                           kind: .ratio, categoryTitle: l("渠道", "Channel"), orientation: .horizontal)],
                    tables: [table("channels", on: id)]),
        ]
        return page(id, intro: l("钱花在哪个渠道、每加一个人花多少、多久能赚回来。",
                                 "Where the money went, what each add cost, and how long it takes to earn it back."),
                    sections: sections)
    }

    /// `staff.html`: the ranking table and per-person charts.
    func staffPage() -> DashboardPage {
        let id = "staff"
        let staff = Array(report.tables.staff.prefix(15))
        let names = staff.map(\.owner)
        let sections = [
            section("staff-ranking", l("员工排行", "Ranking"),
                    intro: l("按所负责客户的净GMV排序（订单归属客户第一段关系的员工）；人数少于门槛的显示“<5”。",
                             "Ranked by the net GMV of their customers (credited to the first relationship's staff member); small counts show “<5”."),
                    tables: [table("staff", on: id)]),
            section("staff-charts", l("分项对比", "Side by side"),
                    figures: [figures.bars("fig-staff-gmv", l("净GMV", "Net GMV"), labels: names,
                                           series: [ChartSeries(name: kpiName("gmv_net"), values: staff.map(\.netGMV))],
                                           kind: .money, categoryTitle: l("员工", "Staff"), orientation: .horizontal),
                              figures.bars("fig-staff-pool", l("新增与流失", "New and lost"), labels: names,
                                           series: [peopleSeries(kpiName("pool_new"), staff.map(\.new)),
                                                    peopleSeries(kpiName("pool_lost"), staff.map(\.lost))],
                                           kind: .count, categoryTitle: l("员工", "Staff"), orientation: .horizontal),
                              figures.bars("fig-staff-loss", kpiName("loss_rate"), labels: names,
                                           series: [ChartSeries(name: kpiName("loss_rate"), values: staff.map(\.lossRate),
                                                                suppressed: small(staff.map(\.poolStart)))],
                                           kind: .rate, categoryTitle: l("员工", "Staff"), orientation: .horizontal),
                              figures.bars("fig-staff-reply", kpiName("staff_reply_rate"), labels: names,
                                           series: [ChartSeries(name: kpiName("staff_reply_rate"), values: staff.map(\.replyRate),
                                                                suppressed: small(staff.map(\.customerStartedChats)))],
                                           kind: .rate, categoryTitle: l("员工", "Staff"), orientation: .horizontal)]),
        ]
        return page(id, intro: l("每位员工的客户池、流失、回复和成交。", "Each staff member's pool, losses, replies and sales."),
                    sections: sections)
    }

    /// `quality.html`: rows read and skipped, unlinked orders, the pool identity, unknown columns.
    func qualityPage() -> DashboardPage {
        let id = "quality"
        let quality = report.quality
        let files = tables["rows_by_file"]
        let names = files?.rows.compactMap { row -> String? in
            if case .text(let text) = row[safe: 0] { return text }
            return nil
        } ?? []
        func column(_ index: Int) -> [Double?] {
            files?.rows.map { row in
                if case .number(let value) = row[safe: index] { return value }
                return nil
            } ?? []
        }
        let identity = quality.poolIdentityHolds ? l("成立", "Holds") : l("不成立", "Violated")
        var unknown: TableView?
        let unknownColumns = context.unknownColumns.isEmpty ? report.quality.unknownColumns : context.unknownColumns
        if !unknownColumns.isEmpty {
            unknown = TableView(builder.unknownColumns(unknownColumns), id: "quality-unknown_columns", language: language,
                                suppressedText: suppressedText)
        }
        let sections = [
            section("quality-checks", l("检查结果", "Checks"),
                    facts: [DashboardPage.Fact(label: l("期末 − 期初 = 新增 − 流失", "End − start = new − lost"), value: identity,
                                               note: quality.poolIdentityHolds ? nil : l("客户表的行相互矛盾，请检查添加与流失时间。",
                                                                                       "Rows of contacts contradict each other; check added and lost times.")),
                            fact(l("无法关联客户的订单", "Orders without a contact"), Double(quality.unlinkedOrders), .count),
                            fact(l("其净GMV占比", "Their share of net GMV"), quality.unlinkedGMVShare, .rate)],
                    tables: [table("data_quality", on: id)]),
            section("quality-files", l("各文件读取情况", "Rows by file"),
                    intro: l("使用 --lenient 时，坏行会被跳过并计在这里；否则任何坏行都会让构建失败。",
                             "With --lenient, bad rows are skipped and counted here; without it any bad row fails the build."),
                    figures: [figures.bars("fig-quality-files", l("读取与跳过的行", "Rows read and skipped"), labels: names,
                                           series: [ChartSeries(name: l("读取", "Read"), values: column(1)),
                                                    ChartSeries(name: l("跳过", "Skipped"), values: column(2))],
                                           kind: .count, categoryTitle: l("文件", "File"), orientation: .horizontal, stacked: true)],
                    tables: [table("rows_by_file", on: id)]),
        ]
        // Shown only when the build passed the unknown columns in (never claim "none" without knowing).
        let columns = unknown.map { [section("quality-columns", l("未识别的列", "Unknown columns"), tables: [$0])] } ?? []
        return page(id, intro: l("数字可信吗：读了多少行、跳过了什么、哪些订单对不上客户。",
                                 "Can the numbers be trusted: rows read, rows skipped, orders that match no contact."),
                    sections: sections + columns)
    }
}
