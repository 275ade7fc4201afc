import SiyuMetrics

/// `siyu kpis` for a terminal (aligned columns, CJK counted as two cells) or as CSV.
package enum KPITextTable {
    package static func table(_ report: Report, language: Language) -> String {
        let format = NumberFormat(language: language)
        var rows = [[language.pick("指标", "KPI"), "id", language.pick("本期", "Value"), language.pick("上期", "Previous"),
                     language.pick("变化", "Change"), language.pick("目标", "Target")]]
        for kpi in report.kpis {
            let unit = kpi.definition.unit
            rows.append([language.pick(kpi.definition.nameZh, kpi.definition.nameEn), kpi.id, format.value(kpi.value, unit: unit),
                         format.value(kpi.previous, unit: unit), format.change(kpi.change),
                         kpi.status.map { $0 == .ok ? "ok" : "BREACHED" } ?? ""])
        }
        let widths = (0..<rows[0].count).map { column in rows.map { width($0[column]) }.max() ?? 0 }
        let header = "\(report.period.label) (\(language.pick("对比", "vs")) \(report.previousPeriod.label), \(report.timeZone))\n"
        return header + rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - width(cell))
                return column >= 2 && column <= 4 ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    package static func csv(_ report: Report) -> String {
        var lines = ["id,name_zh,name_en,unit,value,previous,change,status"]
        for kpi in report.kpis {
            let decimals = NumberFormatPlain.decimals(for: PageTable.Kind(kpi.definition.unit))
            func number(_ value: Double?, _ places: Int) -> String {
                value.map { NumberFormat.fixed($0, decimals: places) } ?? ""
            }
            lines.append([kpi.id, CSVText.field(kpi.definition.nameZh), CSVText.field(kpi.definition.nameEn),
                          kpi.definition.unit.rawValue, number(kpi.value, decimals), number(kpi.previous, decimals),
                          number(kpi.change?.value, 6), kpi.status?.rawValue ?? ""].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && ($1.value <= 0x115F || (0x2E80...0xFFE6).contains($1.value)) ? 2 : 1) }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
