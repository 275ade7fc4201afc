import Foundation
import SiyuContent
import SiyuCore
import SiyuData
import SiyuMetrics
import SiyuRender

/// `siyu check`: reads and validates everything a build reads — config, every export, every playbook — and
/// writes nothing. Unlike the build it does not stop at the first failing stage: it reports what each stage found.
package struct ProjectChecker: Sendable {
    package let options: BuildOptions
    package let io: FileIO
    /// Errors listed per run; the rest are counted (Hugo's 50).
    package var errorCap = 50

    package init(options: BuildOptions, io: FileIO = .live) {
        self.options = options
        self.io = io
    }

    package func check() -> CheckReport {
        let project = ProjectLoader(root: options.project, io: io)
        var report = CheckReport(config: options.configFile ?? "siyu.yml")
        let config: SiteConfig
        do {
            config = try SiteBuilder(options: options, io: io).resolvedConfig(project)
        } catch {
            report.add([error], cap: errorCap)
            return report
        }
        if let label = options.period, Period.parse(label, clock: config.clock) == nil {
            report.add([.error(at: SourceLocation(file: "--period"), "\"\(label)\" is not a period",
                               hint: "use a month such as 2025-11 or an ISO week such as 2025-W48")], cap: errorCap)
        }
        checkData(project, config, into: &report)
        checkPlaybooks(project, config, into: &report)
        return report
    }

    private func checkData(_ project: ProjectLoader, _ config: SiteConfig, into report: inout CheckReport) {
        let sources: [DataSource]
        do {
            sources = try project.dataSources(config)
        } catch {
            report.add(error.diagnostics, cap: errorCap)
            return
        }
        let inspection = DatasetReader.inspect(sources, options: ReadOptions(clock: config.clock, lenient: options.lenient,
                                                                             errorCap: errorCap))
        report.add(inspection.errors, suppressed: inspection.suppressed, cap: errorCap)
        report.add(inspection.result.warnings, cap: errorCap)
        report.files = inspection.result.files
        report.missingTables = DataTable.allCases.filter { !inspection.result.dataset.present.contains($0) }
        for skipped in inspection.result.dataset.skippedRows {
            let path = sources.first { $0.table == skipped.table }?.path ?? skipped.table.defaultFileName
            report.add([.warning(at: SourceLocation(file: path), "skipped \(skipped.count) row\(skipped.count == 1 ? "" : "s"): \(skipped.reason)",
                                 hint: "--lenient skips bad rows; the data-quality page counts them")], cap: errorCap)
        }
        if inspection.errorCount == 0 { report.add(linkWarnings(inspection.result.dataset, sources), cap: errorCap) }
    }

    /// Orders and touches that point at no contact: kept, and counted on the data-quality page, but worth a word.
    private func linkWarnings(_ dataset: Dataset, _ sources: [DataSource]) -> [Diagnostic] {
        func path(_ table: DataTable) -> String { sources.first { $0.table == table }?.path ?? table.defaultFileName }
        var warnings: [Diagnostic] = []
        // Orders and touches number their ids as they are read: each distinct id is looked up once, not per row
        // (the per-row lookups were 16% of `siyu check` at S=10).
        // Ids match by their bytes, as the metrics match them; `IdIndex` finds them without a `Set<String>`'s
        // Unicode hashing, which was a quarter of checking contacts.csv at S=10.
        let linked = IdIndex(dataset.contacts.map(\.customerId)).rows(of: dataset.orders.customerIds).map { $0 >= 0 }
        let unlinkedOrders = dataset.orders.customers.reduce(0) { $0 + (linked[Int($1)] ? 0 : 1) }
        if unlinkedOrders > 0 {
            warnings.append(.warning(at: SourceLocation(file: path(.orders)),
                                     "\(unlinkedOrders) of \(dataset.orders.count) orders have a customer_id no contact has",
                                     hint: "they count towards GMV but not towards private-domain buyers; map the contacts' customer_id (unionid, 客户编号) if the ids should match"))
        }
        let unlinkedTouches: Int
        if dataset.touches.numbersContactsByRow(dataset.contacts) {
            // Touches name contacts by row, the others after them: nothing to look up.
            let contacts = Int32(dataset.contacts.count)
            unlinkedTouches = dataset.touches.contacts.reduce(0) { $0 + ($1 < contacts ? 0 : 1) }
        } else {
            let known = IdIndex(dataset.contacts.map(\.id)).rows(of: dataset.touches.contactIds).map { $0 >= 0 }
            unlinkedTouches = dataset.touches.contacts.reduce(0) { $0 + (known[Int($1)] ? 0 : 1) }
        }
        if unlinkedTouches > 0 {
            warnings.append(.warning(at: SourceLocation(file: path(.touches)),
                                     "\(unlinkedTouches) of \(dataset.touches.count) touches have a contact_id that is not in contacts",
                                     hint: "touches are matched to contacts by contact_id; check both exports cover the same people"))
        }
        return warnings
    }

    private func checkPlaybooks(_ project: ProjectLoader, _ config: SiteConfig, into report: inout CheckReport) {
        let playbooks: [Playbook]
        do {
            let loader = PlaybookLoader(options: .init(unsafeHTML: config.unsafeHTML), sizeCap: config.markdownSizeCap)
            playbooks = try loader.load(try project.playbookSources(config))
        } catch {
            report.add(error.diagnostics, suppressed: error.suppressed, cap: errorCap)
            return
        }
        report.playbooks = playbooks.count
        var problems: [Diagnostic] = []
        for playbook in playbooks {
            for shortcode in playbook.shortcodes {
                switch shortcode.kind {
                case .kpi where KPICatalogue.byId[shortcode.argument] == nil:
                    problems.append(.error(at: shortcode.location, "unknown KPI id \"\(shortcode.argument)\"",
                                           hint: "known ids: " + KPICatalogue.all.map(\.id).joined(separator: ", ")))
                case .chart where ShortcodeRenderer.charts[shortcode.argument] == nil:
                    problems.append(.error(at: shortcode.location, "unknown chart id \"\(shortcode.argument)\"",
                                           hint: "known charts: " + ShortcodeRenderer.charts.keys.sorted().joined(separator: ", ")))
                case .segments where !["rfm", "5a"].contains(shortcode.argument.lowercased()):
                    problems.append(.error(at: shortcode.location, "unknown segments id \"\(shortcode.argument)\"", hint: "use rfm or 5a"))
                default:
                    break
                }
            }
            // An error, as `siyu build` reports it (`HandbookKPIs.problems`): a check that passes must mean a build that does.
            for id in playbook.frontMatter.kpis where KPICatalogue.byId[id] == nil {
                problems.append(.error(at: playbook.frontMatter.keyLocations["kpis"] ?? SourceLocation(file: playbook.sourcePath),
                                       "unknown KPI id \"\(id)\" in kpis",
                                       hint: "known ids: " + KPICatalogue.all.map(\.id).joined(separator: ", ")))
            }
        }
        report.add(problems, cap: errorCap)
    }
}
