import Testing
@testable import SiyuMetrics
@testable import SiyuRender

/// The rendered dashboard pages: every page and download exists, data is escaped, small groups read "<5",
/// people's ids are masked, English switches every label, and the period archive is a working copy.
@Suite struct DashboardSiteTests {
    static let dashboardPaths = ["index.html", "report.html"] + DashboardCatalog.pages.map { "\($0.id).html" }

    func render(_ language: Language = .zh, archived: [String] = []) throws -> [String: String] {
        let pages = try SiteRenderer(templates: .builtIn).render(try DashboardFixture.context(language: language, archived: archived))
        return pages.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func everyDashboardPageAndItsDownloadsExist() throws {
        let pages = try render()
        for path in Self.dashboardPaths + ["reports/index.html", "data/kpis.json", "data/unknown_columns.csv"] {
            #expect(pages[path] != nil, "missing \(path)")
        }
        for path in Self.dashboardPaths {
            let html = try #require(pages[path])
            // Every downloadable table links a CSV that is written.
            for piece in html.components(separatedBy: "href=\"data/").dropFirst() {
                let file = "data/" + piece.prefix { $0 != "\"" }
                #expect(pages[file] != nil, "\(path) links \(file)")
            }
            // Navigation reaches every family page.
            for id in DashboardCatalog.pages.map(\.id) { #expect(html.contains("href=\"\(id).html\""), "\(path) → \(id)") }
        }
    }

    @Test func dataIsEscapedAndIdsMasked() throws {
        let pages = try render()
        for path in Self.dashboardPaths {
            let html = try #require(pages[path])
            #expect(!html.contains("<b>门店</b>") && !html.contains("<VIP>") && !html.contains("<新品>") && !html.contains("<i>"),
                    "unescaped data in \(path)")
            #expect(!html.contains("wm-"), "raw contact id in \(path)")
        }
        #expect(pages["pool.html"]?.contains("&lt;b&gt;门店&lt;/b&gt;") == true)
        #expect(pages["groups.html"]?.contains("核心&lt;VIP&gt;群") == true)
        #expect(pages["quality.html"]?.contains("微信昵称&lt;x&gt;") == true)
    }

    @Test func smallGroupsShowTheThreshold() throws {
        let pages = try render()
        // The staff member with a single contact: counts under 5 are never published.
        let staff = try #require(pages["staff.html"])
        #expect(staff.contains("新人&lt;i&gt;"))
        #expect(staff.contains(">&lt;5</td>"))
        let kpis = try #require(pages["data/kpis.json"])
        #expect(kpis.contains("\"pool_by_staff\""))
    }

    @Test func breachedTargetsAlertWithTheirPlaybooks() throws {
        let index = try #require(try render()["index.html"])
        #expect(index.contains("id=\"alerts\""))
        #expect(index.contains("href=\"pool.html#kpi-loss_rate\""))
        #expect(index.contains("href=\"playbooks/sop/win-back.html\">流失挽回 &lt;SOP&gt;</a>"))
    }

    @Test func englishSwitchesLabelsNumbersAndDates() throws {
        let pages = try render(.en)
        let index = try #require(pages["index.html"])
        #expect(index.contains("This period at a glance"))
        #expect(index.contains("November 2025"))
        #expect(!index.contains("本期要点") && !index.contains("2025年"))
        let pool = try #require(pages["pool.html"])
        #expect(pool.contains("How it is computed") && !pool.contains("口径说明"))
        #expect(!pool.contains("万"))
    }

    /// The archive keeps the period's reports (dashboards, downloads, assets); the handbook and search stay live.
    @Test func periodArchiveKeepsTheReportsAndLinksTheLiveHandbook() throws {
        let pages = try render(archived: ["2025-10"])
        let folder = "reports/2025-11/"
        for path in Self.dashboardPaths + ["assets/siyu.css", "assets/siyu.js", "data/kpis.json"] {
            #expect(pages[folder + path] != nil, "missing \(folder + path)")
        }
        for path in ["playbooks/sop/win-back.html", "playbooks/index.html", "search.html", "assets/search-index.js"] {
            #expect(pages[folder + path] == nil, "\(folder + path) is not period data")
        }
        let archived = try #require(pages[folder + "index.html"])
        #expect(archived.contains("href=\"../../playbooks/index.html\"") && archived.contains("action=\"../../search.html\""))
        #expect(archived.contains("data-root=\"../../\"") && !archived.contains("href=\"playbooks/"))
        #expect(archived.contains("class=\"archive-banner\""))
        #expect(archived.contains("href=\"../index.html\"") && archived.contains("href=\"../../index.html\""))
        #expect(archived.contains("href=\"assets/siyu.css\""))
        #expect(pages["index.html"]?.contains("archive-banner") == false)
        #expect(pages[folder + "reports/index.html"] == nil)
        let list = try #require(pages["reports/index.html"])
        #expect(list.contains("href=\"../reports/2025-10/index.html\"") && list.contains("href=\"../reports/2025-11/report.html\""))
    }

    /// Archived copies made from the live pages (ArchivedCopy) are what rendering them gives, which is what a
    /// project's own templates get. A leading comment makes the templates count as overridden.
    @Test(arguments: [Language.zh, .en])
    func archivedCopiesMatchRenderingThem(language: Language) throws {
        let context = try DashboardFixture.context(language: language, archived: ["2025-10"])
        var overrides: [String: [UInt8]] = [:]
        for name in ArchivedCopy.templates { overrides[name] = Array("{{!same output}}".utf8) + (TemplateSet.builtIn.files[name] ?? []) }
        let derived = try SiteRenderer(templates: .builtIn).render(context)
        let rendered = try SiteRenderer(templates: TemplateSet.builtIn.overriding(with: overrides)).render(context)
        #expect(derived.keys.sorted() == rendered.keys.sorted())
        for (path, bytes) in rendered { #expect(derived[path] == bytes, "\(path)") }
        #expect(derived.keys.filter { $0.hasPrefix("reports/2025-11/") && $0.hasSuffix(".html") }.count == Self.dashboardPaths.count)
    }

    @Test func renderingIsDeterministic() throws {
        #expect(try render() == (try render()))
    }
}
