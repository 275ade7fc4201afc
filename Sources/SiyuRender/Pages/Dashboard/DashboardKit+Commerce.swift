import SiyuMetrics

extension DashboardKit {
    /// `commerce.html`: GMV gross and net, private share, buyers, 客单价 and AOV, frequency, repurchase variants.
    func commercePage() -> DashboardPage {
        let id = "commerce"
        let staff = report.tables.staff.filter { $0.netGMV > 0 }.prefix(15)
        let cohorts = report.tables.repurchaseCohorts
        let sections = [
            section("commerce-gmv", l("成交额", "GMV"),
                    intro: l("支付GMV 含之后退款的订单（与平台口径一致），净GMV 扣除退款；所有比率都用净GMV。",
                             "Gross GMV includes orders refunded later (as platforms count it); net GMV deducts them, and every ratio uses net."),
                    figures: [trend("fig-commerce-gmv", l("支付GMV与净GMV", "Gross and net GMV"), kpis: ["gmv_gross", "gmv_net"]),
                              trendBars("fig-commerce-buyers", kpiName("buyers"), kpi: "buyers"),
                              trend("fig-commerce-private", kpiName("private_gmv_share"), kpis: ["private_gmv_share"])],
                    tables: [table("trend_commerce", on: id)]),
            section("commerce-price", l("客单价、笔单价与频次", "Revenue per buyer, AOV and frequency"),
                    intro: l("客单价按人（净GMV ÷ 成交客户），笔单价按笔（净GMV ÷ 订单）。",
                             "Revenue per buyer divides by people, AOV by orders."),
                    figures: [trend("fig-commerce-price", l("客单价与笔单价", "Revenue per buyer and AOV"), kpis: ["revenue_per_buyer", "aov"]),
                              trend("fig-commerce-frequency", kpiName("purchase_frequency"), kpis: ["purchase_frequency"])]),
            section("commerce-repurchase", l("复购", "Repurchase"),
                    intro: l("复购率（口径 A）看滚动 90 天窗口内买过 2 次以上的人，回购率（口径 C）看上期买家本期是否再买，复购订单占比（口径 B）按订单算。",
                             "Variant A counts buyers with 2+ orders in the rolling 90-day window, variant C last period's buyers who bought again, variant B counts orders."),
                    figures: [trend("fig-commerce-repurchase", l("复购率（三种口径）", "Repurchase (three variants)"),
                                    kpis: ["repurchase_rate", "repurchase_rate_cross", "repurchase_rate_orders"]),
                              trend("fig-commerce-first", l("新客首购转化", "First purchase of new contacts"),
                                    kpis: ["first_purchase_7d", "first_purchase_30d"]),
                              figures.line("fig-commerce-cohorts", l("首购队列复购（口径 D）", "First-purchase cohorts (variant D)"),
                                           labels: cohorts.map { axisLabel($0.cohort) }, longLabels: cohorts.map { longLabel($0.cohort) },
                                           series: [ChartSeries(name: l("30天内", "Within 30 days"), values: cohorts.map(\.within30Days),
                                                                suppressed: small(cohorts.map(\.firstTimeBuyers))),
                                                    ChartSeries(name: l("90天内", "Within 90 days"), values: cohorts.map(\.within90Days),
                                                                suppressed: small(cohorts.map(\.firstTimeBuyers)))],
                                           kind: .rate, categoryTitle: l("首购周期", "First purchase"))],
                    tables: [table("repurchase_cohorts", on: id)]),
            section("commerce-staff", l("净GMV（按员工）", "Net GMV by staff member"),
                    intro: l("订单归属于客户第一段关系的员工。", "Orders are credited to the staff member of the customer's first relationship."),
                    figures: [figures.bars("fig-commerce-staff", l("净GMV（按员工）", "Net GMV by staff member"),
                                           labels: staff.map(\.owner), series: [ChartSeries(name: kpiName("gmv_net"), values: staff.map(\.netGMV))],
                                           kind: .money, categoryTitle: l("员工", "Staff"), orientation: .horizontal)]),
        ]
        return page(id, intro: l("卖了多少、谁在买、买了几次、还会不会再买。",
                                 "How much was sold, who bought, how often, and whether they come back."),
                    sections: sections)
    }

    /// Label of a period on an axis and in full, for charts over periods other than the trend's.
    func axisLabel(_ period: Period) -> String {
        periods.firstIndex(of: period).map { axisLabels[$0] } ?? period.label
    }

    func longLabel(_ period: Period) -> String {
        PeriodText(language: language).long(period)
    }

    /// `cohorts.html`: relationship, active and purchase retention; N-day retention; repurchase cohorts.
    func cohortsPage() -> DashboardPage {
        let id = "cohorts"
        let matrix = report.tables.cohorts.rows
        let width = matrix.count
        let columns = (0..<width).map { "+\($0)" }
        let longColumns = (0..<width).map { l("添加后第 \($0) 期", "\($0) periods after the add") }
        let sizeTitle = l("人数", "Size")
        func rows(_ values: (CohortMatrix.Row) -> [Double?]) -> [Heatmap.Row] {
            matrix.map { row in
                let hidden = row.size > 0 && row.size < context.minGroupSize
                let shares = values(row)
                return Heatmap.Row(label: axisLabel(row.cohort), note: hidden ? suppressedText : CellText(language: language).text(Double(row.size), .count),
                                   values: shares, suppressed: hidden ? Set(shares.indices.filter { shares[$0] != nil }) : [])
            }
        }
        // The downloadable cohort table doubles as the heatmap's text alternative.
        func heatmap(_ name: String, _ title: String, _ values: @escaping (CohortMatrix.Row) -> [Double?]) -> FigureView? {
            figures.heatmap("fig-cohorts-\(name)", title, columns: columns, longColumns: longColumns, rows: rows(values), kind: .rate,
                            rowTitle: l("添加周期", "Cohort"), noteTitle: sizeTitle,
                            note: l("空白格表示这个周期还没结束（删失），不是 0。", "Blank cells are periods not over yet (censored), not zeros."),
                            data: tables["cohort_\(name)"])
        }
        let retention = report.tables.dayRetention
        let hidden = small(retention.map(\.cohort))
        let sections = [
            section("cohorts-relationship", l("好友留存", "Relationship retention"),
                    intro: l("同一周期添加的客户，在之后每个周期末仍是好友的比例；分母始终是整个队列。",
                             "Of the contacts added in a period, the share still connected at the end of each later period; the denominator is always the whole cohort."),
                    figures: [heatmap("relationship", l("好友留存", "Relationship retention")) { $0.relationship }]),
            section("cohorts-active", l("活跃留存", "Active retention"),
                    figures: [heatmap("active", l("活跃留存", "Active retention")) { $0.active }]),
            section("cohorts-purchase", l("购买留存", "Purchase retention"),
                    figures: [heatmap("purchase", l("购买留存", "Purchase retention")) { $0.purchase }]),
            section("cohorts-days", l("N日留存", "N-day retention"),
                    intro: l("本期新增客户在添加后恰好第 N 天（上海时间自然日）的活跃与好友留存。",
                             "New contacts of the period, active or still connected on exactly day N after the add (calendar days)."),
                    figures: [figures.bars("fig-cohorts-days", l("N日留存（本期新增）", "N-day retention (new this period)"),
                                           labels: retention.map { l("第\($0.day)天", "Day \($0.day)") },
                                           series: [ChartSeries(name: l("当天活跃", "Active that day"), values: retention.map(\.active), suppressed: hidden),
                                                    ChartSeries(name: l("仍是好友", "Still connected"), values: retention.map(\.relationship), suppressed: hidden)],
                                           kind: .rate, categoryTitle: l("第N天", "Day"))],
                    tables: [table("day_retention", on: id)]),
        ]
        return page(id, intro: l("按添加周期分组，看客户留下、活跃和购买的比例如何随时间变化。",
                                 "Contacts grouped by the period they were added, and how many stay, talk and buy as time goes by."),
                    sections: sections)
    }
}
