import Testing
@testable import SiyuContent
@testable import SiyuData
@testable import SiyuMetrics
@testable import SiyuRender

/// The Swift code written out from the built-in dashboard templates (`…+HTML.swift`) gives the bytes Mustache
/// gives, page by page: the overview, every dashboard page, the report, the archive index and the frame, live and
/// archived, in both languages, on the dashboard fixture, on one with almost no data, and on one whose names carry
/// markup, quotes and line breaks (the breaks show whether a partial's indentation is applied as swift-mustache
/// applies it). Then whole sites rendered both ways.
@Suite struct DashboardHTMLTests {
    enum Fixture: String, CaseIterable, Sendable {
        case full, sparse, awkwardNames
    }

    static let cases: [(Fixture, Language)] = Fixture.allCases.flatMap { fixture in [(fixture, .zh), (fixture, .en)] }

    static func context(_ fixture: Fixture, _ language: Language) throws -> RenderContext {
        var context = try DashboardFixture.context(language: language, archived: ["2025-10", "2025-W40"])
        switch fixture {
        case .full:
            break
        case .sparse:
            // Contacts only, no targets: empty sections and tables, no alerts, cards without playbooks.
            let contacts = DashboardFixture.dataset().contacts.prefix(12)
            context.report = ReportBuilder.build(dataset: Dataset(contacts: Array(contacts), present: [.contacts]),
                                                 settings: MetricSettings(clock: DashboardFixture.clock))
            context.playbooks = []
            context.unknownColumns = [:]
            context.archivedPeriods = []
        case .awkwardNames:
            context.report = Self.awkwardReport
            context.siteTitle = "多行\n标题 <&'\">"
        }
        return context
    }

    /// Names with line breaks (inside and at the end, `\n` and `\r\n`), markup and quotes, in tables and charts.
    static let awkwardReport: Report = {
        var dataset = DashboardFixture.dataset()
        let channels = ["第一行\n第二行", "<i>'单'</i> & \"双\"\n", "末尾\r\n"]
        for index in dataset.contacts.indices {
            dataset.contacts[index].channel = channels[index % 3]
            if index % 4 == 0 { dataset.contacts[index].owner = "员工\n\(index % 3)" }
        }
        for index in dataset.groups.indices { dataset.groups[index].name += "\n  群 \(index)\n" }
        var settings = MetricSettings(clock: DashboardFixture.clock)
        settings.targets = ["loss_rate": Target(max: 0.01), "pool_new": Target(min: 1)]
        return ReportBuilder.build(dataset: dataset, settings: settings)
    }()

    /// Every dashboard page model, live and archived, as (path, template, model).
    static func models(_ context: RenderContext) -> [(String, String, Any)] {
        let dashboards = SiteRenderer(templates: .builtIn).dashboardModels(context, tables: context.tables)
        let d = DashboardLabels(context.language)
        let banner = DashboardPage.ArchiveBanner(text: d.archiveNote, latestHref: "../../index.html", allHref: "../index.html")
        let live = dashboards.entries(archived: nil).map { ($0.0, $0.3, $0.4) }
        let archived = dashboards.entries(archived: banner).map { ("archived " + $0.0, $0.3, $0.4) }
        return live + archived + [("reports/index.html", "archive-index", ArchiveIndexPage(labels: context.archivedPeriods, context: context))]
    }

    static func mustache(_ template: String, _ model: Any, language: Language) throws -> String {
        let renderer = TemplateRenderer(library: try TemplateSet.builtIn.library())
        return try renderer.render(template, TemplateModel.flatten(model, labels: TemplateModel.flatten(Labels(language))))
    }

    @Test(arguments: cases)
    func everyDashboardPageMatchesItsTemplate(fixture: Fixture, language: Language) throws {
        let context = try Self.context(fixture, language)
        let models = Self.models(context)
        #expect(models.count == 2 * (DashboardCatalog.pages.count + 2) + 1)
        for (path, template, model) in models {
            let page = try #require(model as? any SwiftRenderedPage, "\(path) has no Swift renderer")
            #expect(TemplateSet.builtIn.areBuiltIn(type(of: page).templates))
            #expect(type(of: page).templates.first == template + ".mustache")
            let expected = try Self.mustache(template, model, language: language)
            let written = page.html()
            #expect(written == expected, "\(path) (\(fixture), \(language)): \(Self.firstDifference(written, expected))")
            if fixture == .awkwardNames, path == "groups.html" {
                // A value ending in a line break inside the chart's data table (a partial indented by six spaces):
                // the tag after it starts a line, and swift-mustache indents it.
                #expect(written.contains("核心&lt;VIP&gt;群\n  群 0\n      </th>"), "a line break in a cell of an indented partial")
            }
        }
    }

    @Test(arguments: cases)
    func theFrameMatchesItsTemplate(fixture: Fixture, language: Language) throws {
        let context = try Self.context(fixture, language)
        let labels = Labels(language)
        for (root, current) in [("", "overview"), ("../", "archive"), ("../../", "handbook"), ("", "pool")] {
            let layout = LayoutModel(lang: language.rawValue, title: "第 1 页 <&'\">\n", siteTitle: context.siteTitle, root: root,
                                     nav: SiteRenderer.navigation(labels, language, current: current), periodLabel: "2025-11",
                                     content: "<main>\n  正文\n</main>\n", footer: "页脚 & <更多>", t: labels)
            let expected = try Self.mustache("layout", layout, language: language)
            #expect(layout.html() == expected, "\(root) \(current): \(Self.firstDifference(layout.html(), expected))")
        }
    }

    /// Whole sites: the built-in templates (Swift code, archived copies derived from the live pages) against every
    /// template overridden by a copy with a comment on a last line of its own (all through Mustache; a leading
    /// comment would change the output of a partial that opens with a section tag alone on its line).
    @Test(arguments: cases)
    func wholeSitesMatchRenderingThroughMustache(fixture: Fixture, language: Language) throws {
        let context = try Self.context(fixture, language)
        var overrides: [String: [UInt8]] = [:]
        for (name, bytes) in TemplateSet.builtIn.files where name.hasSuffix(".mustache") {
            overrides[name] = bytes + Array("{{!same output}}".utf8)
        }
        let swift = try SiteRenderer(templates: .builtIn).render(context)
        let mustache = try SiteRenderer(templates: TemplateSet.builtIn.overriding(with: overrides)).render(context)
        #expect(swift.keys.sorted() == mustache.keys.sorted())
        for (path, bytes) in mustache where swift[path] != bytes {
            let written = String(decoding: swift[path] ?? [], as: UTF8.self), expected = String(decoding: bytes, as: UTF8.self)
            Issue.record("\(path) (\(fixture), \(language)): \(Self.firstDifference(written, expected))")
        }
    }

    /// Where two texts part, with some context, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard let index = a.indices.first(where: { $0 >= b.count || a[$0] != b[$0] }) ?? (a.count == b.count ? nil : a.count) else {
            return "same"
        }
        func excerpt(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 80)..<min(bytes.count, index + 80)], as: UTF8.self).debugDescription
        }
        return "at byte \(index): \(excerpt(a)) vs \(excerpt(b))"
    }
}
