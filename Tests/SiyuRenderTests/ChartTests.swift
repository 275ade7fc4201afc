import Testing
@testable import SiyuRender

@Suite struct ChartTests {
    @Test func niceTicks() {
        // 87 / 4 = 21.75 → a step of 25.
        #expect(NiceTicks.ticks(low: 0, high: 87) == [0, 25, 50, 75, 100])
        #expect(NiceTicks.ticks(low: 0, high: 0.37) == [0, 0.1, 0.2, 0.3, 0.4])
        #expect(NiceTicks.ticks(low: -30, high: 10) == [-30, -20, -10, 0, 10])
    }

    @Test func sparklineIsStableAndBreaksAtGaps() {
        let svg = Sparkline.svg([1, 2, nil, 4], label: "<趋势>")
        #expect(svg.contains("aria-label=\"&lt;趋势&gt;\""))
        // Values 1…4 span 26 px between y 29 and 3: 2 sits at 29 − 26/3 = 20.3; the gap restarts the path.
        #expect(svg.contains("d=\"M0.0 29.0L40.0 20.3M120.0 3.0\""))
        #expect(Sparkline.svg([1, 2, nil, 4], label: "<趋势>") == svg)
    }

    @Test func lineChartEscapesLabelsAndHasTitle() {
        let chart = LineChart(title: "GMV <净>", labels: ["2025-10", "2025-11"],
                              series: [.init(name: "净GMV", values: [1, 2])], format: { "\($0)" })
        let svg = chart.svg()
        #expect(svg.contains("<title>GMV &lt;净&gt;</title>"))
        #expect(!svg.contains("<净>"))
    }
}
