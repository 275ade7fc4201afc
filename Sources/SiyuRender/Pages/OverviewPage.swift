import SiyuMetrics

/// `index.html`: the generated summary, alerts for breached targets with the playbooks to run, the headline KPI
/// cards by family (the other KPIs as compact rows, so every KPI keeps its `#kpi-<id>` anchor here), and tiles
/// for the dashboard pages.
struct OverviewPage {
    struct Family {
        var id: String
        var title: String
        var href: String
        var cards: [KPICardView]
        var more: [CompactKPI]
        // Stored, not computed: swift-mustache reads view models through Mirror, which sees stored properties only.
        var hasMore: Bool
    }

    /// A secondary KPI: one line with value and change.
    struct CompactKPI {
        var id, name, value, change, arrow, changeClass, href: String
    }

    struct Alert {
        var id, name, value, targetText, href: String
        var playbooks: PlaybookLinks
    }

    struct Tile {
        var title: String
        var href: String
        var description: String
    }

    /// The KPIs SPEC §3 lists as headline ids: shown as cards; the rest of the catalogue as compact rows.
    static let headline: Set<String> = [
        "pool_total", "pool_new", "pool_lost", "pool_net", "loss_rate", "early_loss_rate", "active_rate",
        "mass_send_response_rate", "staff_reply_rate", "group_active_rate", "dead_groups", "gmv_gross", "gmv_net",
        "private_gmv_share", "buyers", "revenue_per_buyer", "aov", "purchase_frequency", "repurchase_rate",
        "repurchase_rate_cross", "first_purchase_7d", "first_purchase_30d", "ltv_historical_90d", "clv_predicted",
        "k_factor", "referrer_share", "cost_per_add", "cac", "roi",
    ]

    var eyebrow: String
    var heading: String
    var periodText: String
    var summary: [SummaryLine]
    var alerts: [Alert]
    var hasAlerts: Bool
    var families: [Family]
    var tiles: [Tile]
    var actions: [LinkModel]
    var archive: DashboardPage.ArchiveBanner
    var isArchived: Bool
    var root: String
    var t: Labels
    var d: DashboardLabels

    init(context: RenderContext) {
        let language = context.language
        let presenter = KPIPresenter(language: language)
        let report = context.report
        let dates = PeriodText(language: language)
        root = ""
        archive = .none
        isArchived = false
        t = Labels(language)
        d = DashboardLabels(language)
        eyebrow = t.weeklyReport + " · " + dates.long(report.period)
        heading = context.siteTitle
        periodText = language.pick(
            "\(dates.long(report.period))，对比上期 \(dates.long(report.previousPeriod))；数据截至 \(context.asOfText)（\(report.timeZone)）。",
            "\(dates.long(report.period)), compared with \(dates.long(report.previousPeriod)); data as of \(context.asOfText) (\(report.timeZone)).")
        summary = ReportSummarizer(context: context).lines()
        alerts = report.breaches.map { kpi in
            let shown = presenter.present(kpi)
            return Alert(id: kpi.id, name: shown.name, value: shown.value, targetText: shown.statusText ?? "",
                         href: "\(kpi.definition.family.rawValue).html#kpi-\(kpi.id)", playbooks: context.cappedPlaybookLinks(for: kpi.id))
        }
        hasAlerts = !alerts.isEmpty
        families = KPIFamily.allCases.compactMap { family in
            let kpis = report.kpis.filter { $0.definition.family == family }
            guard !kpis.isEmpty else { return nil }
            let more = kpis.filter { !Self.headline.contains($0.id) }.map { kpi -> CompactKPI in
                let shown = presenter.present(kpi)
                let value = PeopleCount.isHidden(kpi.definition, kpi.value, minGroupSize: context.minGroupSize)
                    ? "<\(context.minGroupSize)" : shown.value
                return CompactKPI(id: shown.id, name: shown.name, value: value, change: shown.change, arrow: shown.arrow,
                                  changeClass: shown.changeClass, href: "\(family.rawValue).html#kpi-\(kpi.id)")
            }
            return Family(id: family.rawValue, title: Labels.family(family, language), href: "\(family.rawValue).html",
                          cards: kpis.filter { Self.headline.contains($0.id) }.map { KPICardView($0, context: context, linkToFamily: true) },
                          more: more, hasMore: !more.isEmpty)
        }
        let descriptions = Self.tileDescriptions(language)
        tiles = DashboardCatalog.pages.map {
            Tile(title: language.pick($0.zh, $0.en), href: "\($0.id).html", description: descriptions[$0.id] ?? "")
        }
        actions = [LinkModel(title: d.fullReport, href: "report.html"), LinkModel(title: d.archive, href: "reports/index.html"),
                   LinkModel(title: d.downloadJSON, href: "data/kpis.json")]
    }

    static func tileDescriptions(_ language: Language) -> [String: String] {
        func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }
        return [
            "pool": l("新增、流失、净增，按渠道与员工", "New, lost and net, by channel and staff"),
            "engagement": l("活跃率、群发回复、员工回复", "Active rate, mass-send response, staff replies"),
            "groups": l("社群活跃与死群名单", "Group activity and dead groups"),
            "commerce": l("GMV、客单价、复购", "GMV, revenue per buyer, repurchase"),
            "cohorts": l("好友、活跃、购买留存热力图", "Relationship, activity and purchase retention"),
            "segments": l("RFM 八类客户与 5A 流转", "RFM segments and 5A flows"),
            "ltv": l("历史LTV与预测CLV", "Historical LTV and predicted CLV"),
            "fission": l("K 值与 KOC", "K factor and KOCs"),
            "channels": l("加粉成本、CAC、ROI、回本", "Cost per add, CAC, ROI, payback"),
            "staff": l("员工排行", "Staff ranking"),
            "quality": l("读取、跳过与对不上的数据", "Rows read, skipped and unmatched"),
        ]
    }
}
