import SiyuMetrics

/// `data/kpis.json` and `siyu kpis --format json`: the shape SPEC §3 shows — rates as fractions, money in yuan,
/// null when a value cannot be computed — with every table of the pages under `tables`.
package enum KPIDocument {
    package static func json(_ report: Report, tables: [PageTable]) -> String {
        var out = "{\n"
        out += "  \"period\": \(JSONText.string(report.period.label)),\n"
        out += "  \"previous_period\": \(JSONText.string(report.previousPeriod.label)),\n"
        out += "  \"timezone\": \(JSONText.string(report.timeZone)),\n"
        out += "  \"kpis\": {\n"
        out += report.kpis.map { kpi in
            let kind = PageTable.Kind(kpi.definition.unit)
            let decimals = NumberFormatPlain.decimals(for: kind)
            let trend = kpi.trend.map {
                "{\"period\": \(JSONText.string($0.period.label)), \"value\": \(JSONText.number($0.value, decimals: decimals))}"
            }.joined(separator: ", ")
            return "    \(JSONText.string(kpi.id)): {\"value\": \(JSONText.number(kpi.value, decimals: decimals)), "
                + "\"previous\": \(JSONText.number(kpi.previous, decimals: decimals)), "
                + "\"change\": \(JSONText.number(kpi.change?.value, decimals: 6)), "
                + "\"unit\": \(JSONText.string(kpi.definition.unit.rawValue)), "
                + "\"status\": \(kpi.status.map { JSONText.string($0.rawValue) } ?? "null"), "
                + "\"trend\": [\(trend)]}"
        }.joined(separator: ",\n")
        out += "\n  },\n  \"tables\": {\n"
        out += tables.map { table in
            let rows = table.rows.map { row in
                "{" + zip(table.columns, row).map { column, cell in
                    "\(JSONText.string(column.id)): \(value(cell, column.kind))"
                }.joined(separator: ", ") + "}"
            }
            return "    \(JSONText.string(table.id)): [\n      " + rows.joined(separator: ",\n      ") + "\n    ]"
        }.joined(separator: ",\n")
        out += "\n  }\n}\n"
        return out
    }

    private static func value(_ cell: PageTable.Cell, _ kind: PageTable.Kind) -> String {
        switch cell {
        case .text(let text): JSONText.string(text)
        case .number(let number): JSONText.number(number, decimals: NumberFormatPlain.decimals(for: kind))
        case .suppressed: "null"
        }
    }
}

extension PageTable.Kind {
    init(_ unit: KPIUnit) {
        switch unit {
        case .count: self = .count
        case .money: self = .money
        case .rate: self = .rate
        case .ratio: self = .ratio
        case .minutes: self = .minutes
        }
    }
}
