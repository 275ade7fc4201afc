import SiyuMetrics

/// Every fixed string of the site, in the site's language. Templates read them as `{{t.name}}`.
package struct Labels: Sendable {
    let skipToContent, mainNavigation, reportPeriod, weeklyReport, alerts, vsPrevious, howComputed, playbooks: String
    let handbook, breadcrumbs, owner, cadence, updated, relatedKPIs, contents, pager, previousPage, nextPage: String
    let overview: String
    // The handbook and search (issue 6).
    let search, searchPlaceholder, searchShortcut, searchResults, searchNone, searchLoading, searchHelp, searchNeedsScript: String
    let searchCount: String
    let handbookNav, generalSection, printHandbook, printEdition, printNow, handbookContents, checklistHint: String
    let runNow, runNowIntro, offTarget, sectionPages, landingKPIs, allPages: String
    /// After the first few playbooks of a KPI: "+{n} more →", a search for the rest.
    let morePlaybooks, morePlaybooksTitle: String

    package init(_ language: Language) {
        func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }
        skipToContent = l("跳到正文", "Skip to content")
        mainNavigation = l("主导航", "Main navigation")
        reportPeriod = l("报告周期", "Report period")
        weeklyReport = l("私域经营报告", "Private-domain report")
        alerts = l("目标预警", "Target alerts")
        vsPrevious = l("上期", "prev.")
        howComputed = l("口径说明", "How it is computed")
        playbooks = l("相关手册", "Playbooks")
        handbook = l("运营手册", "Handbook")
        breadcrumbs = l("位置", "Breadcrumbs")
        owner = l("负责人", "Owner")
        cadence = l("频率", "Cadence")
        updated = l("更新于", "Updated")
        relatedKPIs = l("相关指标", "Related KPIs")
        contents = l("本页目录", "On this page")
        pager = l("上一篇与下一篇", "Previous and next")
        previousPage = l("上一篇", "Previous")
        nextPage = l("下一篇", "Next")
        overview = l("概览", "Overview")
        search = l("搜索", "Search")
        searchPlaceholder = l("搜索手册与指标", "Search the handbook and KPIs")
        searchShortcut = l("按 / 或 Ctrl K 搜索", "Press / or Ctrl K to search")
        searchResults = l("搜索结果", "Search results")
        searchNone = l("没有找到相关内容，换个词试试。", "Nothing found; try other words.")
        searchLoading = l("正在载入索引…", "Loading the index…")
        searchHelp = l("中文直接输入词语即可，也可以中英混合，例如“复购 SOP”；多个词之间是“且”的关系。",
                       "Type words in Chinese or English, or both, such as “复购 SOP”; every word must match.")
        searchCount = l("找到 {n} 条结果", "{n} results")
        searchNeedsScript = l("搜索需要启用 JavaScript。", "Search needs JavaScript.")
        handbookNav = l("手册目录", "Handbook contents")
        generalSection = l("其他", "General")
        printHandbook = l("打印整本手册", "Print the whole handbook")
        printEdition = l("打印版", "Print edition")
        printNow = l("打印 / 存为 PDF", "Print / save as PDF")
        handbookContents = l("目录", "Contents")
        checklistHint = l("执行时逐项勾选；刷新页面后清空。", "Tick items as you go; reloading the page clears them.")
        runNow = l("本期需要执行", "To run this period")
        runNowIntro = l("这些指标本期未达标，右侧是写明处理办法的手册。", "These KPIs are off target; the playbooks say what to do.")
        offTarget = l("未达标", "Off target")
        sectionPages = l("本章内容", "In this section")
        landingKPIs = l("本章关注的指标", "KPIs this section watches")
        allPages = l("本章全部 {n} 篇 →", "All {n} in this section →")
        morePlaybooks = l("另有 {n} 篇 →", "+{n} more →")
        morePlaybooksTitle = l("搜索关联这项指标的全部手册", "Search for every playbook on this KPI")
    }

    package static func family(_ family: KPIFamily, _ language: Language) -> String {
        switch family {
        case .pool: language.pick("客户池", "Customer pool")
        case .engagement: language.pick("活跃与触达", "Engagement")
        case .groups: language.pick("社群", "Groups")
        case .commerce: language.pick("交易", "Commerce")
        case .ltv: language.pick("客户价值", "Lifetime value")
        case .fission: language.pick("裂变", "Referrals")
        case .channels: language.pick("渠道与投放", "Channels")
        }
    }

    package static func cadence(_ cadence: String, _ language: Language) -> String {
        switch cadence {
        case "daily": language.pick("每日", "Daily")
        case "weekly": language.pick("每周", "Weekly")
        case "monthly": language.pick("每月", "Monthly")
        default: cadence
        }
    }
}
