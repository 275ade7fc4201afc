import ArgumentParser
import CSiyuMemory
import Foundation
import SiyuRender
import SiyuSite

struct KPIsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpis",
        abstract: "Print the period's KPIs: a table, or the JSON the site publishes as data/kpis.json, or CSV."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "table, json or csv.")
    var format: Format = .table

    @Flag(name: .long, help: "Exit 3 when a KPI breaches its target in siyu.yml, listing the breaches on stderr.")
    var failOnAlert = false

    func run() throws {
        // A few threads building large columns and freeing them: one arena lets each reuse what the others freed
        // (figures in CSiyuMemory.c).
        _ = siyu_share_one_heap()
        var options = project.buildOptions()
        options.progress = nil
        let (_, report, context) = try reportingInputErrors { try SiteBuilder(options: options).report() }
        let text: String
        switch format {
        case .table: text = KPITextTable.table(report, language: context.language)
        case .json: text = KPIDocument.json(report, tables: context.tables)
        case .csv: text = KPITextTable.csv(report)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        try failIfBreached(report.breaches.map(SiteBuilder.describeBreach), enabled: failOnAlert)
    }
}

/// `--fail-on-alert`: after the work is done, exit 3 when any KPI breached its target.
func failIfBreached(_ breaches: [String], enabled: Bool) throws {
    guard enabled, !breaches.isEmpty else { return }
    for breach in breaches { Console.error("alert: \(breach)") }
    throw ExitCode(3)
}
