import SiyuMetrics

extension DashboardKit {
    /// `segments.html`: RFM 8 segments and the R×F grid; 5A layers with the flow from the previous period.
    func segmentsPage() -> DashboardPage {
        let id = "segments"
        let segments = report.segments
        let rfm = segments.rfm
        let layers = FiveALayerCalculator.Layer.allCases
        let minimum = context.minGroupSize
        func hidden(_ count: Int) -> Bool { count > 0 && count < minimum }
        let stages = layers.map { layer -> FunnelChart.Stage in
            let now = segments.layers[layer] ?? 0, before = segments.previousLayers[layer] ?? 0
            return FunnelChart.Stage(name: l(layer.label, layer.english), value: Double(now), previous: Double(before),
                                     suppressed: hidden(now), previousSuppressed: hidden(before))
        }
        let names = (1...5).map { r in (1...5).map { f in builder.rfName(RFMCalculator.namedRFSegment(r: r, f: f)) } }
        let flowRows = layers.map { from -> Heatmap.Row in
            let counts = layers.map { to in segments.flows[from]?[to] ?? 0 }
            return Heatmap.Row(label: l(from.label, from.english), values: counts.map { Double($0) },
                               suppressed: Set(counts.indices.filter { hidden(counts[$0]) }))
        }
        let sections = [
            section("segments-rfm", l("RFM 八类客户", "RFM segments"),
                    intro: l("近 365 天有效订单；R、F、M 各按五分位打 1–5 分，≥ 3 为高；R 高表示最近买过。",
                             "Qualifying orders in the last 365 days; R, F and M scored 1–5 by quintile, 3+ is high; high R means recent."),
                    facts: [fact(l("参与分群的客户", "Customers segmented"), Double(segments.rfmCustomers), .count)],
                    figures: [figures.bars("fig-segments-rfm", l("各分群客户数", "Customers per segment"),
                                           labels: rfm.map { l($0.segment.chinese, $0.segment.english) },
                                           series: [peopleSeries(l("客户数", "Customers"), rfm.map(\.customers))],
                                           kind: .count, categoryTitle: l("分群", "Segment"), orientation: .horizontal)],
                    tables: [table("rfm_segments", on: id)]),
            section("segments-rf", l("R×F 网格", "R×F grid"),
                    intro: l("纵轴是最近购买（R5 最近），横轴是购买频次（F5 最多）；格子里是客户数和命名分群。",
                             "Recency up (R5 most recent), frequency across (F5 most orders); each cell shows customers and its named segment."),
                    figures: [figures.rfGrid("fig-segments-rf", l("R×F 网格", "R×F grid"), grid: segments.rfGrid, names: names,
                                             minGroupSize: minimum, table: builder.rfGrid(), rAxis: l("R 最近购买", "R recency"),
                                             fAxis: l("F 购买频次", "F frequency"))],
                    tables: [table("rf_segments", on: id)]),
            section("segments-5a", l("5A 人群分层", "5A layers"),
                    intro: l("期末在池客户取达到的最高层：O 未触达 → A1 了解 → A2 吸引 → A3 问询 → A4 行动 → A5 拥护。",
                             "Contacts in the pool at the end, at the highest layer reached: O → A1 Aware → A2 Appeal → A3 Ask → A4 Act → A5 Advocate."),
                    facts: [fact("PAR", segments.par, .rate, note: l("(A4 + A5) ÷ 已触达", "(A4 + A5) ÷ reached")),
                            fact("BAR", segments.bar, .rate, note: l("A5 ÷ 已触达", "A5 ÷ reached"))],
                    figures: [figures.funnel("fig-segments-5a", l("5A 分层（本期与上期）", "5A layers (this and previous period)"),
                                             stages: stages, stageTitle: l("层级", "Layer"), valueTitle: l("本期", "This period"),
                                             previousTitle: labels.previous)],
                    tables: [table("five_a", on: id)]),
            section("segments-flows", l("5A 人群流转", "5A flows"),
                    figures: [figures.heatmap("fig-segments-flows", l("上期层级 → 本期层级", "Previous layer → this layer"),
                                              columns: layers.map { l($0.label, $0.english).split(separator: " ").first.map(String.init) ?? "" },
                                              longColumns: layers.map { l($0.label, $0.english) }, rows: flowRows, kind: .count,
                                              rowTitle: l("上期层级", "Previous layer"), wide: false)],
                    tables: [table("five_a_flows", on: id)]),
        ]
        return page(id, intro: l("按购买行为（RFM）和互动深度（5A）把客户分层，找到该维护、该唤醒和该放手的人。",
                                 "Customers layered by buying (RFM) and by depth of interaction (5A): whom to keep, wake up or let go."),
                    sections: sections)
    }
}
