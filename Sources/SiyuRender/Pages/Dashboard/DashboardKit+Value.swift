import SiyuMetrics

extension DashboardKit {
    /// `ltv.html`: historical LTV curves by cohort age and channel; predicted CLV distribution and P(alive).
    func ltvPage() -> DashboardPage {
        let id = "ltv"
        let clv = report.clv
        let ages = LTVTable.ages.map { l("\($0)天", "\($0) d") }
        // "All" first, then the channels with the most contacts: more lines than this would not read.
        let rows = report.tables.ltv.enumerated().sorted { a, b in
            (a.element.channel == nil ? 1 : 0, a.element.contacts, b.offset) > (b.element.channel == nil ? 1 : 0, b.element.contacts, a.offset)
        }.map(\.element).prefix(6)
        let curves = rows.map { row in
            ChartSeries(name: row.channel ?? l("全部", "All"), values: row.values,
                        suppressed: row.contacts > 0 && row.contacts < context.minGroupSize ? Set(row.values.indices) : [])
        }
        let clvBins = tables["clv_distribution"]?.rows ?? []
        let aliveBins = tables["p_alive_distribution"]?.rows ?? []
        let sections = [
            section("ltv-history", l("历史LTV", "Historical LTV"),
                    intro: l("添加后 N 天内客户的人均净消费，只统计已满 N 天的客户；按添加渠道拆开。",
                             "Average net spend within N days of the add, over contacts at least N days old, by add channel."),
                    figures: [figures.line("fig-ltv-curves", l("LTV 随客龄增长（按渠道）", "LTV by contact age and channel"),
                                           labels: ages, series: curves, kind: .money, categoryTitle: l("客龄", "Age")),
                              trend("fig-ltv-trend", l("90天LTV与含转介绍LTV", "90-day LTV and LTV with referrals"),
                                    kpis: ["ltv_historical_90d", "ltv_with_referrals"])],
                    tables: [table("ltv_by_channel", on: id), table("trend_ltv", on: id)]),
            section("ltv-clv", l("预测CLV", "Predicted CLV"),
                    intro: clv.usesModel
                        ? l("BG/NBD 预测每位成交客户未来 12 个月买几次，Gamma-Gamma 预测每次花多少，按月 1% 折现。",
                            "BG/NBD predicts how often each buyer buys in the next 12 months and Gamma-Gamma how much, discounted 1% a month.")
                        : l("模型需要至少 500 位成交客户、100 位复购客户并且拟合收敛；本期条件不满足，预测CLV 暂用历史人均消费代替，分布图不显示。",
                            "The models need 500+ buyers, 100+ repeat buyers and a fit that converges; not this period, so predicted CLV uses historical spend per buyer and the distributions are not shown."),
                    facts: [fact(kpiName("clv_predicted"), clv.meanValue, .money),
                            fact(l("建模客户", "Customers modelled"), Double(clv.customers), .count),
                            fact(l("复购客户", "Repeat customers"), Double(clv.repeaters), .count)],
                    figures: [distribution("fig-ltv-clv", l("预测CLV分布", "Predicted CLV distribution"), clvBins),
                              distribution("fig-ltv-alive", l("P(alive) 分布", "P(alive) distribution"), aliveBins)],
                    tables: [table("clv_distribution", on: id), table("p_alive_distribution", on: id), table("clv_model", on: id)]),
        ]
        return page(id, intro: l("客户一生能带来多少钱：已经花了多少，模型预计还会花多少。",
                                 "What a customer is worth: what they have spent, and what the models expect them to spend."),
                    sections: sections)
    }

    /// A histogram from a distribution table's rows (bin, customers, share).
    private func distribution(_ id: String, _ title: String, _ rows: [[PageTable.Cell]]) -> FigureView? {
        var values: [Double?] = [], hidden = Set<Int>()
        for (index, row) in rows.enumerated() {
            switch row[safe: 1] {
            case .number(let value): values.append(value)
            case .suppressed: values.append(nil); hidden.insert(index)
            default: values.append(nil)
            }
        }
        let labels = rows.map { row -> String in
            if case .text(let text) = row[safe: 0] { return text }
            return ""
        }
        return figures.bars(id, title, labels: labels,
                            series: [ChartSeries(name: l("客户数", "Customers"), values: values, suppressed: hidden)],
                            kind: .count, categoryTitle: l("区间", "Bin"))
    }

    /// `fission.html`: K figures, KOC table.
    func fissionPage() -> DashboardPage {
        let id = "fission"
        let fission = report.tables.fission
        let kocs = fission.kocs.prefix(12)
        let summary = tables["fission_summary"]
        let cells = CellText(language: language)
        let facts: [DashboardPage.Fact] = summary.map { table in
            zip(table.columns, table.rows.first ?? []).map { column, cell in
                DashboardPage.Fact(label: column.title, value: cells.text(cell, column.kind, suppressedText: suppressedText), note: nil)
            }
        } ?? []
        let sections = [
            section("fission-k", l("K 值", "K figures"),
                    intro: l("导出数据只记录成功的推荐（推荐人字段），所以用实际带来的新客计算 K，而不是邀请数 × 转化率。",
                             "The exports record successful referrals only (the referrer column), so K counts the new contacts actually brought, not invitations × conversion."),
                    facts: facts, factsTable: summary?.id,
                    figures: [trend("fig-fission-k", kpiName("k_factor"), kpis: ["k_factor"]),
                              trend("fig-fission-share", kpiName("referrer_share"), kpis: ["referrer_share"])],
                    tables: [table("trend_fission", on: id)]),
            section("fission-koc", "KOC",
                    intro: l("近 90 天：自己有有效订单、推荐 ≥ 3 人或 ≥ 1 位成交、群内发言 ≥ 5 条。", "Last 90 days: a qualifying order of their own, 3+ referrals or 1+ referred buyer, 5+ group messages.")
                        + (context.masker.enabled ? l("客户编号已脱敏。", " Ids are masked.") : ""),
                    figures: [figures.bars("fig-fission-koc", l("KOC 推荐成交额", "Referred GMV by KOC"),
                                           labels: kocs.map { context.masker.mask($0.contactId) },
                                           series: [ChartSeries(name: l("推荐净GMV", "Referred net GMV"), values: kocs.map(\.referredGMV)),
                                                    ChartSeries(name: l("自购净GMV", "Own net GMV"), values: kocs.map(\.ownGMV))],
                                           kind: .money, categoryTitle: "KOC", orientation: .horizontal)],
                    tables: [table("koc", on: id)]),
        ]
        return page(id, intro: l("老客带新客：裂变系数、参与的人和最能带人的 KOC。",
                                 "Customers bringing customers: the K factor, who takes part, and the KOCs who bring the most."),
                    sections: sections)
    }
}
