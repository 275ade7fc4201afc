/// Fixed strings of the dashboard pages, in the site's language. Templates read them as `{{d.name}}`; the shared
/// ones (navigation, "how it is computed", "playbooks") stay in `Labels` as `{{t.name}}`.
struct DashboardLabels {
    let summary, alerts, headline, explore, viewDetails, downloads, downloadJSON, chartData, fullReport, archive: String
    let archiveNote, latestReport, allReports, previous, target, noData, onThisPage, printReport, kpis, period: String
    let reportTitle, reportIntro, archiveTitle, archiveIntro, archiveEmpty, open, current, definition, change: String
    let facts, trend, downloadCSV, kind, overview, printable: String

    init(_ language: Language) {
        func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }
        summary = l("本期要点", "This period at a glance")
        alerts = l("目标预警", "Target alerts")
        headline = l("核心指标", "Headline KPIs")
        explore = l("分主题看板", "Dashboards")
        viewDetails = l("查看详情", "Details")
        downloads = l("下载数据", "Downloads")
        downloadJSON = l("全部指标（JSON）", "All KPIs (JSON)")
        chartData = l("查看数据表", "Show the data")
        fullReport = l("完整报告（可打印）", "Full report (printable)")
        archive = l("往期报告", "Past reports")
        archiveNote = l("这是一份存档报告，数字停留在当期。", "This is an archived report; its figures are as of that period.")
        latestReport = l("查看最新报告", "Latest report")
        allReports = l("全部往期", "All past reports")
        previous = l("上期", "Previous")
        target = l("目标", "Target")
        noData = l("本期没有可显示的数据。", "Nothing to show for this period.")
        onThisPage = l("本页内容", "On this page")
        printReport = l("打印或另存为 PDF", "Print or save as PDF")
        kpis = l("指标", "KPIs")
        period = l("周期", "Period")
        reportTitle = l("完整报告", "Full report")
        reportIntro = l("所有看板的全部章节，适合打印或另存为 PDF。", "Every section of every dashboard on one page, for printing or saving as PDF.")
        archiveTitle = l("往期报告", "Past reports")
        archiveIntro = l("每次构建都会把当期报告存档到 reports/<周期>/，可随时打开对比。",
                         "Every build archives the period's report under reports/<period>/, so past periods stay one click away.")
        archiveEmpty = l("还没有存档的报告。", "No archived reports yet.")
        open = l("打开", "Open")
        current = l("本期", "Current")
        definition = l("本期口径", "Variant")
        change = l("变化", "Change")
        facts = l("关键数字", "Key figures")
        trend = l("趋势", "Trend")
        downloadCSV = l("下载 CSV", "Download CSV")
        kind = l("类型", "Kind")
        overview = l("概览", "Overview")
        printable = l("打开（可打印）", "Open (printable)")
    }
}
