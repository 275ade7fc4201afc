import SiyuCore
import SiyuMetrics

extension PageTableBuilder {
    /// Predicted 12-month CLV per customer, in bins with nice edges up to the 95th percentile (the last bin is open).
    package func clvDistribution() -> PageTable {
        let values = RadixSort.sorted(report.clv.values.filter(\.isFinite))
        var bins: [(String, Int)] = []
        if let last = values.last {
            let p95 = values[Int(Double(values.count - 1) * 0.95)]
            let edges = NiceTicks.ticks(low: 0, high: max(p95, 1), count: 8)
            let cells = CellText(language: language)
            for (index, low) in edges.enumerated() {
                let high = edges[safe: index + 1]
                let count = Self.count(values, from: low, below: high ?? .infinity)
                let lowText = cells.text(low, .money)
                if let high {
                    bins.append((lowText + "–" + cells.text(high, .money), count))
                } else if last >= low {
                    bins.append(("≥ " + lowText, count))
                }
            }
        }
        return distribution(id: "clv_distribution", title: l("预测CLV分布（12个月）", "Predicted 12-month CLV"),
                            binTitle: l("预测CLV", "Predicted CLV"), bins: bins,
                            note: l("每位成交客户未来 12 个月的预测价值；最后一档为开区间。",
                                    "Each buyer's predicted value over the next 12 months; the last bin is open-ended."))
    }

    /// P(alive) per customer in ten bins of 10 points.
    package func aliveDistribution() -> PageTable {
        let values = RadixSort.sorted(report.clv.aliveProbabilities.filter(\.isFinite))
        let bins = values.isEmpty ? [] : (0..<10).map { bin -> (String, Int) in
            // The last bin takes 1 itself.
            let high = bin == 9 ? Double(1).nextUp : Double(bin + 1) / 10
            return ("\(bin * 10)–\(bin * 10 + 10)%", Self.count(values, from: Double(bin) / 10, below: high))
        }
        return distribution(id: "p_alive_distribution", title: l("存活概率 P(alive) 分布", "P(alive) distribution"),
                            binTitle: "P(alive)", bins: bins,
                            note: l("BG/NBD 估计的客户仍然“活着”（还会再买）的概率。",
                                    "The BG/NBD probability that a customer is still active (will buy again)."))
    }

    /// How many of the ascending `values` lie in `low..<high` (`low <= high`): two binary searches, where a pass
    /// over the values per bin was most of the page tables' time at S=10 (300,000 customers).
    static func count(_ values: [Double], from low: Double, below high: Double) -> Int {
        func firstIndex(notBelow bound: Double) -> Int {
            var range = 0..<values.count
            while !range.isEmpty {
                let middle = (range.lowerBound + range.upperBound) / 2
                range = values[middle] < bound ? middle + 1..<range.upperBound : range.lowerBound..<middle
            }
            return range.lowerBound
        }
        return firstIndex(notBelow: high) - firstIndex(notBelow: low)
    }

    private func distribution(id: String, title: String, binTitle: String, bins: [(String, Int)], note: String) -> PageTable {
        let total = bins.reduce(0) { $0 + $1.1 }
        return PageTable(
            id: id, title: title,
            columns: [.init("bin", binTitle, .text), .init("customers", l("客户数", "Customers"), .count),
                      .init("share", l("占比", "Share"), .rate)],
            rows: bins.map { [.text($0.0), people($0.1), over($0.1, share($0.1, total))] },
            note: note)
    }

    /// The referral figures of KPIS.md §8 in one row: period K, cohort K, buyer K, cycle time, external referrers.
    package func fissionSummary() -> PageTable {
        let fission = report.tables.fission
        return PageTable(
            id: "fission_summary", title: l("裂变关键数字", "Referral figures"),
            columns: [.init("period_k", l("本期K值", "Period K"), .ratio),
                      .init("cohort_k", l("队列K值（30天）", "Cohort K (30 days)"), .ratio),
                      .init("buyer_k", l("成交K值", "Buyer K"), .ratio),
                      .init("referrer_share", l("参与裂变率", "Referrer share"), .rate),
                      .init("cycle_days", l("裂变周期（天，中位数）", "Cycle time (days, median)"), .days),
                      .init("external_referrals", l("外部推荐人带来", "From external referrers"), .count),
                      .init("kocs", "KOC", .count),
                      .init("koc_share", l("KOC 推荐GMV占比", "KOC share of referred GMV"), .rate),
                      .init("generation_1", l("第1代被推荐客户", "1st-generation referrals"), .count),
                      .init("generation_2", l("第2代", "2nd generation"), .count),
                      .init("generation_3_plus", l("第3代及以后", "3rd and later"), .count)],
            rows: [[.number(report.kpi("k_factor")?.value ?? nil), .number(fission.cohortK), .number(fission.buyerK),
                    .number(report.kpi("referrer_share")?.value ?? nil), .number(fission.cycleDays),
                    people(fission.externalReferrals), .number(Double(fission.kocs.count)),
                    .number(fission.kocShareOfReferredGMV)]
                   + fission.generations.map { people($0) }],
            note: l("队列K值与成交K值需要本期新增都满 30 天，未满时显示“—”。推荐深度：被未经推荐的客户带来的是第1代，被第1代带来的是第2代，依此类推。",
                    "Cohort and buyer K need 30 days after every add of the period; until then they show “—”. Referral depth: brought by an unreferred contact is generation 1, by a generation-1 contact generation 2, and so on."))
    }

    /// Rows read and skipped per input file.
    package func rowsByFile() -> PageTable {
        let quality = report.quality
        var skipped: [String: Int] = [:]
        for (key, count) in quality.skipped {
            let file = key.split(separator: ":", maxSplits: 1).first.map(String.init) ?? key
            skipped[file, default: 0] += count
        }
        let files = Set(quality.rowsRead.keys).union(skipped.keys).sorted()
        return PageTable(
            id: "rows_by_file", title: l("各文件读取情况", "Rows by file"),
            columns: [.init("file", l("文件", "File"), .text), .init("rows_read", l("读取行数", "Rows read"), .count),
                      .init("rows_skipped", l("跳过行数", "Rows skipped"), .count),
                      .init("skipped_share", l("跳过占比", "Skipped share"), .rate)],
            rows: files.map { file in
                let read = quality.rowsRead[file] ?? 0, dropped = skipped[file] ?? 0
                return [.text(file + ".csv"), .number(Double(read)), .number(Double(dropped)), .number(share(dropped, read + dropped))]
            })
    }

    /// Columns of the exports that no field matched; they were ignored.
    package func unknownColumns(_ columns: [String: [String]]) -> PageTable {
        PageTable(
            id: "unknown_columns", title: l("未识别的列", "Unknown columns"),
            columns: [.init("file", l("文件", "File"), .text), .init("columns", l("列名", "Columns"), .text)],
            rows: columns.keys.sorted().map { [.text($0 + ".csv"), .text((columns[$0] ?? []).joined(separator: ", "))] },
            note: l("这些列没有对应的字段，已忽略；如需使用，请在 siyu.yml 的 data.<文件>.columns 中映射。",
                    "No field matched these columns, so they were ignored; map them under data.<file>.columns in siyu.yml to use them."))
    }
}
