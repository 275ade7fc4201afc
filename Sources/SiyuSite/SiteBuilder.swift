import Foundation
import SiyuContent
import SiyuCore
import SiyuData
import SiyuMetrics
import SiyuRender

/// The pipeline, top to bottom: config → ingest → metrics → content → render → write.
/// Every stage before `write` is pure; the output folder changes only when all of them succeeded.
package struct SiteBuilder: Sendable {
    package let options: BuildOptions
    package let io: FileIO

    package init(options: BuildOptions, io: FileIO = .live) {
        self.options = options
        self.io = io
    }

    package func build() throws -> BuildSummary {
        let project = ProjectLoader(root: options.project, io: io)
        var progress = Progress(total: 6, report: options.progress)

        progress.step("config", "siyu.yml")
        let config = try resolvedConfig(project)

        progress.step("ingest", config.dataDirectory)
        var data = try DatasetReader.read(try project.dataSources(config),
                                          options: ReadOptions(clock: config.clock, lenient: options.lenient))

        progress.step("metrics", "\(data.dataset.contacts.count) contacts, \(data.dataset.orders.count) orders")
        let report = try computeReport(&data, config: config)

        progress.step("content", config.playbooksDirectory)
        let loader = PlaybookLoader(options: .init(unsafeHTML: config.unsafeHTML), sizeCap: config.markdownSizeCap)
        let playbooks = try loader.load(try project.playbookSources(config))

        progress.step("render", "period \(report.period.label)")
        let templates = TemplateSet.builtIn.overriding(with: project.templateOverrides())
        var context = RenderContext(siteTitle: config.title, language: config.language, report: report,
                                    playbooks: playbooks, minGroupSize: config.minGroupSize,
                                    masker: IDMasker(key: SecretKey.load(project: project.root), enabled: config.maskIds))
        // Earlier periods' archives survive the folder swap; the archive index lists them with this period.
        let output = options.output ?? project.resolve(config.outputDirectory)
        let archive = try ArchiveCarrier(output: output, io: io).carried(except: report.period.label)
        context.archivedPeriods = ArchiveCarrier.periods(in: archive)
        let files = try SiteRenderer(templates: templates).render(context).merging(archive) { rendered, _ in rendered }

        progress.step("write", output.lastPathComponent)
        try OutputWriter(output: output, projectRoot: project.root, io: io).write(files)

        var summary = BuildSummary(period: report.period.label, files: files.count, bytes: files.values.reduce(0) { $0 + $1.count },
                                   playbooks: playbooks.count,
                                   rows: Dictionary(uniqueKeysWithValues: data.rowsRead.map { ($0.key.rawValue, $0.value) }),
                                   output: output, warnings: data.warnings.map(\.description),
                                   breaches: report.breaches.map(Self.describeBreach))
        summary.searchIndexBytes = files[SearchIndexBuilder.outputPath]?.count ?? 0
        return summary
    }

    /// Config, ingest and metrics only: what `siyu kpis` needs.
    package func report() throws -> (config: SiteConfig, report: Report, context: RenderContext) {
        let project = ProjectLoader(root: options.project, io: io)
        let config = try resolvedConfig(project)
        var data = try DatasetReader.read(try project.dataSources(config),
                                          options: ReadOptions(clock: config.clock, lenient: options.lenient))
        let report = try computeReport(&data, config: config)
        let context = RenderContext(siteTitle: config.title, language: config.language, report: report, playbooks: [],
                                    minGroupSize: config.minGroupSize,
                                    masker: IDMasker(key: SecretKey.load(project: project.root), enabled: config.maskIds))
        return (config, report, context)
    }

    /// `loss_rate = 0.0612, target max 0.05`.
    package static func describeBreach(_ kpi: KPIResult) -> String {
        let value = kpi.value.map { NumberFormat.fixed($0, decimals: 4) } ?? "—"
        var bounds: [String] = []
        if let min = kpi.target?.min { bounds.append("min \(NumberFormat.fixed(min, decimals: 4))") }
        if let max = kpi.target?.max { bounds.append("max \(NumberFormat.fixed(max, decimals: 4))") }
        return "\(kpi.id) = \(value), target \(bounds.joined(separator: ", "))"
    }

    /// The config with command-line overrides applied.
    package func resolvedConfig(_ project: ProjectLoader) throws(Diagnostic) -> SiteConfig {
        var config = try project.config(file: options.configFile)
        if let code = options.language {
            guard let language = Language(code: code) else {
                throw .error(at: SourceLocation(file: "--lang"), "unknown language \"\(code)\"", hint: "use zh-CN or en")
            }
            config.language = language
        }
        return config
    }

    /// Takes the dataset out of `data`: the metrics consume it.
    package func computeReport(_ data: inout DatasetReader.Result, config: SiteConfig) throws(Diagnostic) -> Report {
        var settings = config.metricSettings
        var period: Period?
        if let label = options.period {
            guard let parsed = Period.parse(label, clock: config.clock) else {
                throw .error(at: SourceLocation(file: "--period"), "\"\(label)\" is not a period",
                             hint: "use a month such as 2025-11 or an ISO week such as 2025-W48")
            }
            // A period after the exports would report zeros as if they were real, and alert on them.
            let clock = config.clock
            if let newest = data.dataset.newestInstant, parsed.startDay > clock.day(of: newest) {
                let lastDay = CivilDate.isoString(clock.day(of: newest))
                throw .error(at: SourceLocation(file: "--period"), "the data has nothing in \(label): it ends on \(lastDay)",
                             hint: "choose a period up to the one holding \(lastDay), or leave --period out for the last complete one")
            }
            period = parsed
            settings.periodKind = parsed.kind
        }
        let rowsRead = Dictionary(uniqueKeysWithValues: data.rowsRead.map { ($0.key.rawValue, $0.value) })
        return ReportBuilder.build(dataset: data.takeDataset(), settings: settings, period: period, rowsRead: rowsRead)
    }
}

/// `[i/n] step detail` lines, or nothing when quiet.
struct Progress {
    let total: Int
    let report: (@Sendable (String) -> Void)?
    private var index = 0

    init(total: Int, report: (@Sendable (String) -> Void)?) {
        self.total = total
        self.report = report
    }

    mutating func step(_ name: String, _ detail: String) {
        index += 1
        report?("[\(index)/\(total)] \(name) \(detail)")
    }
}
