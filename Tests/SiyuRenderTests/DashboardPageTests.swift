import Testing
@testable import SiyuContent
@testable import SiyuMetrics
@testable import SiyuRender

/// Golden files of every dashboard view model (what the templates see), and checks that the templates only ask
/// for names the models store.
@Suite struct DashboardPageTests {
    static let pageIds = DashboardCatalog.pages.map(\.id)

    static func pages(_ context: RenderContext) -> [DashboardPage] {
        let kit = DashboardKit(context: context, tables: context.tables)
        return [kit.poolPage(), kit.engagementPage(), kit.groupsPage(), kit.commercePage(), kit.cohortsPage(), kit.segmentsPage(),
                kit.ltvPage(), kit.fissionPage(), kit.channelsPage(), kit.staffPage(), kit.qualityPage()]
    }

    @Test(arguments: pageIds) func familyPageModel(id: String) throws {
        let context = try DashboardFixture.context()
        let page = try #require(Self.pages(context).first { $0.id == id })
        #expect(page.sections.allSatisfy { $0.id.hasPrefix(id + "-") }, "section ids carry the page id (unique in report.html)")
        assertSnapshot(ModelDump.dump(page), named: "page-\(id).txt")
    }

    /// The KOC list says its ids are masked only when they are: `privacy: {mask_ids: false}` shows them as they are.
    @Test func kocListSaysMaskedOnlyWhenMasked() throws {
        var context = try DashboardFixture.context()
        for enabled in [true, false] {
            context.masker = IDMasker(key: Array("fixture-key-0123".utf8), enabled: enabled)
            let fission = ModelDump.dump(DashboardKit(context: context, tables: context.tables).fissionPage())
            #expect(fission.contains("客户编号已脱敏") == enabled)
            #expect(fission.contains("客户（已脱敏）") == enabled)
            #expect(PageTableBuilder(report: context.report, language: .zh, minGroupSize: 5, masker: context.masker).koc().columns.first?.title
                    == (enabled ? "客户（已脱敏）" : "客户"))
        }
    }

    @Test func overviewModel() throws {
        assertSnapshot(ModelDump.dump(OverviewPage(context: try DashboardFixture.context())), named: "page-overview.txt")
        assertSnapshot(ModelDump.dump(OverviewPage(context: try DashboardFixture.context(language: .en))), named: "page-overview-en.txt")
    }

    @Test func reportAndArchiveModels() throws {
        let context = try DashboardFixture.context(archived: ["2025-W44", "2025-10", "not-a-period"])
        let overview = OverviewPage(context: context)
        var report = ReportPage(overview: overview, pages: Self.pages(context), context: context)
        #expect(report.toc.map(\.href) == Self.pageIds.map { "#page-\($0)" })
        report.pages = []  // each page has its own golden file
        assertSnapshot(ModelDump.dump(report), named: "page-report.txt")
        let archive = ArchiveIndexPage(labels: context.archivedPeriods, context: context)
        #expect(archive.entries.map(\.label) == ["2025-11", "2025-W44", "2025-10"])
        #expect(archive.entries.first?.current == true)
        assertSnapshot(ModelDump.dump(archive), named: "page-archive-index.txt")
    }

    /// swift-mustache renders a misspelt name or a computed property as nothing; every tag of the dashboard
    /// templates must name a stored property of some model (or of the label tables).
    @Test func templatesOnlyUseStoredProperties() throws {
        let context = try DashboardFixture.context()
        let overview = OverviewPage(context: context)
        let pages = Self.pages(context)
        var names = ModelDump.names(overview).union(ModelDump.names(ArchiveIndexPage(labels: [], context: context)))
        names.formUnion(ModelDump.names(ReportPage(overview: overview, pages: pages, context: context)))
        for page in pages { names.formUnion(ModelDump.names(page)) }
        let labels = Set(Mirror(reflecting: Labels(.zh)).children.compactMap(\.label).map { "t." + $0 })
            .union(Mirror(reflecting: DashboardLabels(.zh)).children.compactMap(\.label).map { "d." + $0 })
        let templates = ["overview", "dashboard", "report", "archive-index", "partial-kpi-card", "partial-table", "partial-table-grid",
                         "partial-figure", "partial-sections", "partial-archive-banner", "partial-summary"]
        for name in templates {
            let bytes = try #require(TemplateSet.builtIn.files[name + ".mustache"], "missing \(name).mustache")
            let tags = ModelDump.tags(String(decoding: bytes, as: UTF8.self))
            #expect(tags.names.subtracting(names).isEmpty, "\(name).mustache: \(tags.names.subtracting(names).sorted())")
            #expect(tags.labelNames.subtracting(labels).isEmpty, "\(name).mustache: \(tags.labelNames.subtracting(labels).sorted())")
        }
    }

    @Test func summaryNamesMovementsContributorsAndBreaches() throws {
        let zh = ReportSummarizer(context: try DashboardFixture.context()).lines().map(\.text)
        let en = ReportSummarizer(context: try DashboardFixture.context(language: .en)).lines().map(\.text)
        assertSnapshot(zh.joined(separator: "\n") + "\n", named: "summary-zh.txt")
        assertSnapshot(en.joined(separator: "\n") + "\n", named: "summary-en.txt")
        #expect(zh.first?.hasPrefix("客户池期末") == true)
        #expect(zh.contains { $0.contains("项指标未达标") })
        #expect(en.contains { $0.contains("off target") })
        #expect(!en.joined().contains("上升") && !en.joined().contains("客户池"))
    }
}
