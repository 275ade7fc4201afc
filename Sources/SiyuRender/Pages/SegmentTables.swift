import SiyuMetrics

/// The RFM and 5A tables, as HTML. Counts under the privacy threshold show "<N" instead of the figure.
struct SegmentTables {
    let segments: SegmentSummary
    let language: Language
    let minGroupSize: Int
    let format: NumberFormat

    init(segments: SegmentSummary, language: Language, minGroupSize: Int) {
        self.segments = segments
        self.language = language
        self.minGroupSize = minGroupSize
        format = NumberFormat(language: language)
    }

    func count(_ value: Int) -> String {
        value > 0 && value < minGroupSize ? "&lt;\(minGroupSize)" : format.grouped(Double(value), decimals: 0)
    }

    /// Averages describe people: hide them with the count when the group is too small.
    func average(_ value: Double?, _ people: Int, _ text: (Double) -> String) -> String {
        guard let value, people >= minGroupSize else { return NumberFormat.missing }
        return HTML.escape(text(value))
    }

    func rfmTable() -> String {
        let l = language
        var html = "<div class=\"table-wrap\"><table class=\"data\" data-sortable><caption>"
            + l.pick("RFM 八类客户（近 365 天有效订单，R 高 = 最近买过）", "RFM segments (qualifying orders in the last 365 days; high R = recent)")
            + "</caption><thead><tr><th scope=\"col\">" + l.pick("分群", "Segment") + "</th><th scope=\"col\">"
            + l.pick("客户数", "Customers") + "</th><th scope=\"col\">" + l.pick("占比", "Share") + "</th><th scope=\"col\">"
            + l.pick("平均最近购买（天）", "Avg. days since last order") + "</th><th scope=\"col\">"
            + l.pick("平均订单数", "Avg. orders") + "</th><th scope=\"col\">" + l.pick("平均消费", "Avg. spend")
            + "</th></tr></thead><tbody>"
        for row in segments.rfm {
            let share = segments.rfmCustomers == 0 || row.customers < minGroupSize ? nil
                : Double(row.customers) / Double(segments.rfmCustomers)
            html += "<tr><th scope=\"row\">" + l.pick(row.segment.chinese, row.segment.english) + "</th>"
            html += "<td data-value=\"\(row.customers)\">\(count(row.customers))</td>"
            html += "<td>\(HTML.escape(format.value(share, unit: .rate)))</td>"
            html += "<td>\(average(row.averageRecencyDays, row.customers) { format.fixed($0, decimals: 0) })</td>"
            html += "<td>\(average(row.averageFrequency, row.customers) { format.fixed($0, decimals: 1) })</td>"
            html += "<td>\(average(row.averageMonetary, row.customers) { format.value($0, unit: .money) })</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    func fiveATable() -> String {
        let l = language
        var html = "<div class=\"table-wrap\"><table class=\"data\"><caption>"
            + l.pick("5A 人群分层（期末在池客户，取达到的最高层）", "5A layers (contacts in the pool at the period end, highest layer reached)")
            + "</caption><thead><tr><th scope=\"col\">" + l.pick("层级", "Layer") + "</th><th scope=\"col\">"
            + l.pick("本期", "This period") + "</th><th scope=\"col\">" + l.pick("上期", "Previous") + "</th></tr></thead><tbody>"
        for layer in FiveALayerCalculator.Layer.allCases {
            html += "<tr><th scope=\"row\">" + l.pick(layer.label, layer.english) + "</th>"
            html += "<td>\(count(segments.layers[layer] ?? 0))</td><td>\(count(segments.previousLayers[layer] ?? 0))</td></tr>"
        }
        html += "</tbody></table></div><p class=\"muted\">PAR = (A4 + A5) ÷ " + l.pick("已触达", "reached") + " = "
            + HTML.escape(format.value(segments.par, unit: .rate)) + " · BAR = A5 ÷ " + l.pick("已触达", "reached") + " = "
            + HTML.escape(format.value(segments.bar, unit: .rate)) + "</p>"
        return html
    }
}
