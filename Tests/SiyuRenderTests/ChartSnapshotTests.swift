import Testing
@testable import SiyuMetrics
@testable import SiyuRender

/// Golden files for every chart kind, plus the properties every chart must have: a `<title>`, escaped text,
/// coordinates with one fixed decimal, and tooltips.
@Suite struct ChartSnapshotTests {
    static let months = ["25年6月", "7月", "8月", "9月", "10月", "11月"]
    static let zh = ChartFormat.kind(.count, .zh)

    static func spec(_ title: String, _ labels: [String] = months, kind: PageTable.Kind = .count,
                     reference: ChartReference? = nil, width: Double = 600) -> ChartSpec {
        ChartSpec(title: title, labels: labels, format: .kind(kind, .zh), width: width, reference: reference)
    }

    /// Checks shared by every chart, then the golden file.
    func check(_ svg: String, _ name: String, title: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(svg.hasPrefix("<svg class=\"chart "), sourceLocation: sourceLocation)
        #expect(svg.contains("<title>\(HTML.escape(title))</title>"), sourceLocation: sourceLocation)
        #expect(svg.hasSuffix("</svg>"), sourceLocation: sourceLocation)
        #expect(!svg.contains("<script") && !svg.contains("<b>"), "unescaped text", sourceLocation: sourceLocation)
        // Every number in an attribute has at most one decimal.
        for attribute in ["x=\"", "y=\"", "width=\"", "height=\"", "cx=\"", "cy=\""] {
            for piece in svg.components(separatedBy: " " + attribute).dropFirst() {
                let number = piece.prefix { $0 != "\"" }
                let decimals = number.split(separator: ".").dropFirst().first?.count ?? 0
                #expect(decimals <= 1, "\(attribute)\(number)", sourceLocation: sourceLocation)
            }
        }
        assertSnapshot(svg + "\n", named: "chart-\(name).svg", sourceLocation: sourceLocation)
    }

    @Test func line() {
        let spec = Self.spec("新增 <客户>")
        let svg = LineChart.svg(spec, [ChartSeries(name: "新增", values: [97, 88, 90, nil, 119, 208])])
        check(svg, "line", title: "新增 <客户>")
        #expect(svg.contains("data-tip=\"25年6月&#10;新增: 97\""))
        // The gap breaks the line into two paths segments.
        #expect(svg.components(separatedBy: "M").count == 3)
    }

    @Test func multiLineWithTargetAndSuppression() {
        let spec = Self.spec("流失率", kind: .rate, reference: ChartReference(value: 0.05, label: "目标 ≤ 5.0%"))
        let svg = LineChart.svg(spec, [ChartSeries(name: "流失率", values: [0.049, 0.033, 0.071, 0.044, 0.028, 0.036]),
                                       ChartSeries(name: "流失率（暴露口径）", values: [0.041, 0.029, 0.062, 0.039, 0.024, 0.031],
                                                   suppressed: [2])])
        check(svg, "multi-line", title: "流失率")
        #expect(svg.contains("class=\"reference\""))
        #expect(svg.contains(">8%</text>"))
        #expect(svg.contains("流失率（暴露口径）: &lt;5"))
    }

    @Test func verticalBars() {
        let svg = BarChart.svg(Self.spec("客户总数"), [ChartSeries(name: "客户总数", values: [539, 609, 12_345, 715, 814, 898])])
        check(svg, "bar", title: "客户总数")
        #expect(svg.contains(">1.23万</text>"))
        #expect(svg.contains(">1.2万</text>") || svg.contains(">1万</text>"))
    }

    @Test func horizontalGroupedBarsEscapeLabels() {
        let spec = Self.spec("新增与流失", ["小林", "<b>门店</b>", "一个名字非常非常长的员工账号"], width: 480)
        let svg = BarChart.svg(spec, [ChartSeries(name: "新增", values: [64, 52, 3], suppressed: [2]),
                                      ChartSeries(name: "流失", values: [12, 13, 0])], orientation: .horizontal)
        check(svg, "bar-horizontal", title: "新增与流失")
        #expect(svg.contains("&lt;b&gt;门店&lt;/b&gt;"))
        #expect(svg.contains(">&lt;5</text>"))
        #expect(svg.contains("…</text>"))
    }

    @Test func stackedBars() {
        let spec = Self.spec("本期新增（按渠道）", ["企微活码", "包裹卡", "直播间"], width: 480)
        let svg = StackedBarChart.svg(spec, [ChartSeries(name: "30天内首单", values: [8, 21, 13]),
                                             ChartSeries(name: "其他新增", values: [32, 17, 21])], orientation: .horizontal)
        check(svg, "stacked-bar", title: "本期新增（按渠道）")
        #expect(svg.contains(">40</text>") && svg.contains("Σ 38"))
        let vertical = StackedBarChart.svg(Self.spec("读取与跳过", ["contacts", "orders"]),
                                           [ChartSeries(name: "读取", values: [2_034, 4_730]), ChartSeries(name: "跳过", values: [3, 0])])
        check(vertical, "stacked-bar-vertical", title: "读取与跳过")
    }

    @Test func funnel() {
        let stages = [FunnelChart.Stage(name: "O 机会", value: 37, previous: 20),
                      FunnelChart.Stage(name: "A1 了解", value: 296, previous: 276),
                      FunnelChart.Stage(name: "A2 吸引", value: 3, previous: 80, suppressed: true),
                      FunnelChart.Stage(name: "A5 拥护", value: 633, previous: 4, previousSuppressed: true)]
        let svg = FunnelChart.svg(Self.spec("5A 分层", stages.map(\.name)), stages: stages, previousLabel: "上期")
        check(svg, "funnel", title: "5A 分层")
        #expect(svg.contains("▲20"))
        #expect(svg.contains("上期 &lt;5"))
    }

    @Test func heatmapLeavesCensoredCellsBlank() {
        let spec = Self.spec("好友留存", ["+0", "+1", "+2"], kind: .rate, width: 960)
        let rows = [Heatmap.Row(label: "25年9月", note: "123", values: [0.935, 0.902, 0.886]),
                    Heatmap.Row(label: "10月", note: "152", values: [0.941, 0.882]),
                    Heatmap.Row(label: "11月", note: "<5", values: [0.5], suppressed: [0])]
        let svg = Heatmap.svg(spec, rows: rows, noteTitle: "人数")
        check(svg, "heatmap", title: "好友留存")
        // 3 + 2 + 1 drawn cells; the censored ones are not drawn at all.
        #expect(svg.components(separatedBy: "<rect class=\"cell").count - 1 == 6)
        #expect(svg.contains(">93.5%</text>"))
        #expect(!svg.contains(">50.0%<"))
    }

    @Test func rfGrid() {
        var grid = Array(repeating: Array(repeating: 10, count: 5), count: 5)
        grid[4][4] = 63
        grid[0][0] = 3
        let names = (1...5).map { r in (1...5).map { f in RFMCalculator.namedRFSegment(r: r, f: f) } }
        let svg = RFGrid.svg(Self.spec("R×F 网格", (1...5).map { "F\($0)" }), grid: grid, names: names, minGroupSize: 5,
                             rAxis: "R 最近购买", fAxis: "F 购买频次")
        check(svg, "rf-grid", title: "R×F 网格")
        #expect(svg.contains(">63</text>"))
        #expect(svg.contains("cell suppressed"))
    }

    @Test func sparkline() {
        let svg = Sparkline.svg([980, 1_020, nil, 1_100, 1_234], label: "客户总数近 5 期趋势")
        #expect(svg.contains("<title>客户总数近 5 期趋势</title>"))
        assertSnapshot(svg + "\n", named: "chart-sparkline.svg")
    }

    @Test func axisTicksReadInWanAndPercent() {
        let text = CellText(language: .zh)
        #expect(text.axis(25_000, step: 5_000, .count) == "2.5万")
        #expect(text.axis(100_000_000, step: 50_000_000, .money) == "¥1亿")
        #expect(text.axis(0.025, step: 0.025, .rate) == "2.5%")
        #expect(text.axis(-10, step: 5, .count) == "−10")
        #expect(CellText(language: .en).axis(25_000, step: 5_000, .count) == "25K")
    }

    @Test func chartDataTableMirrorsTheSeries() {
        let spec = Self.spec("新增", ["10月", "11月"], kind: .count)
        let table = ChartData.table(spec, [ChartSeries(name: "新增", values: [3, 208], suppressed: [0])], kind: .count,
                                    categoryTitle: "周期")
        #expect(table.columns.map(\.title) == ["周期", "新增"])
        #expect(table.rows == [[.text("10月"), .suppressed], [.text("11月"), .number(208)]])
    }
}
