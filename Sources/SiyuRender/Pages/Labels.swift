import SiyuMetrics

/// Every fixed string of the site, in the site's language. Templates read them as `{{t.name}}`.
package struct Labels: Sendable {
    let skipToContent, mainNavigation, reportPeriod, weeklyReport, alerts, vsPrevious, howComputed, playbooks: String
    let handbook, breadcrumbs, owner, cadence, updated, relatedKPIs, contents, pager, previousPage, nextPage: String
    let overview: String

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
