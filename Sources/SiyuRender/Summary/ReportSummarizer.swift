import SiyuMetrics

/// The overview's plain-language summary, in the site's language: where the pool and sales stand, the largest
/// movements of the period with their biggest contributor (a channel, staff member, campaign or segment), and
/// which targets were breached. Deterministic: ties break in catalogue order.
struct ReportSummarizer {
    let context: RenderContext
    let language: Language
    let format: NumberFormat
    let contributors: ContributorFinder

    init(context: RenderContext) {
        self.context = context
        language = context.language
        format = NumberFormat(language: language)
        contributors = ContributorFinder(context: context)
    }

    /// KPIs stated in the opening lines, or mirrors of another KPI: never ranked as a movement.
    static let notRanked: Set<String> = [
        "pool_total", "pool_net", "gmv_net", "gmv_gross", "pool_total_persons", "pool_new_persons", "pool_lost_persons",
        "loss_rate_exposure", "active_rate_end", "mass_send_response_rate_72h", "clv_predicted",
    ]

    func lines() -> [SummaryLine] {
        var lines = [poolLine(), salesLine()].compactMap { $0 }
        let moves = movements()
        lines += moves.map(movementLine)
        if let breaches = breachLine() { lines.append(breaches) }
        if moves.isEmpty {
            lines.append(SummaryLine(tone: "neutral", parts: [.init(text: language.pick("其余指标与上期基本持平。",
                                                                                   "Other KPIs were about level with the previous period."),
                                                                     strong: false)]))
        }
        return lines
    }

    func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    func name(_ kpi: KPIResult) -> String { l(kpi.definition.nameZh, kpi.definition.nameEn) }

    func value(_ kpi: KPIResult?) -> String { format.value(kpi?.value ?? nil, unit: kpi?.definition.unit ?? .count) }

    func tone(_ kpi: KPIResult?) -> String {
        kpi?.movedFavourably.map { $0 ? "good" : "bad" } ?? "neutral"
    }

    private func poolLine() -> SummaryLine? {
        let report = context.report
        guard let total = report.kpi("pool_total"), total.value != nil else { return nil }
        let net = report.kpi("pool_net"), new = report.kpi("pool_new"), lost = report.kpi("pool_lost")
        var s = SentenceBuilder()
        let netValue = net?.value ?? nil
        let netText = (netValue ?? 0) > 0 ? "+" + value(net) : value(net)
        s.plain(l("客户池期末 ", "The pool ended the period at "))
        s.strong(value(total))
        s.plain(l(" 人，净增 ", " contacts, net "))
        s.strong(netText)
        s.plain(l("（新增 \(value(new))、流失 \(value(lost))）", " (\(value(new)) new, \(value(lost)) lost)"))
        if let change = net?.change {
            s.plain(l("，净增较上期 \(format.change(change))", "; net adds \(format.change(change)) vs the previous period"))
        }
        s.plain(l("。", "."))
        return SummaryLine(tone: tone(net), parts: s.parts, links: [LinkModel(title: l("客户池", "Pool"), href: "pool.html")])
    }

    private func salesLine() -> SummaryLine? {
        let report = context.report
        guard let gmv = report.kpi("gmv_net"), gmv.value != nil else { return nil }
        var s = SentenceBuilder()
        s.plain(l("净GMV ", "Net GMV was "))
        s.strong(value(gmv))
        if let change = gmv.change { s.plain(l("，较上期 \(format.change(change))", ", \(format.change(change)) vs the previous period")) }
        if let buyers = report.kpi("buyers"), buyers.value != nil {
            s.plain(l("；成交客户 ", "; "))
            s.strong(value(buyers))
            s.plain(l(" 人", " buyers"))
            if let perBuyer = report.kpi("revenue_per_buyer"), perBuyer.value != nil {
                s.plain(l("，客单价 \(value(perBuyer))", " spent \(value(perBuyer)) each"))
            }
        }
        s.plain(l("。", "."))
        return SummaryLine(tone: tone(gmv), parts: s.parts, links: [LinkModel(title: l("交易", "Commerce"), href: "commerce.html")])
    }

    /// The three largest movements by relative size, ignoring tiny bases where a few people swing the percentage.
    func movements() -> [KPIResult] {
        let scored = context.report.kpis.enumerated().compactMap { index, kpi -> (Double, Int, KPIResult)? in
            guard !Self.notRanked.contains(kpi.id), let change = kpi.change, let previous = kpi.previous,
                  kpi.value != nil, change.value.isFinite else { return nil }
            let score: Double
            switch change {
            case .relative(let fraction):
                if kpi.definition.unit == .count && previous < Double(context.minGroupSize * 2) { return nil }
                score = abs(fraction)
            case .points(let points):
                score = abs(points) / max(abs(previous), 0.02)
            }
            return score >= 0.05 ? (score, index, kpi) : nil
        }
        return scored.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.prefix(3).map(\.2)
    }

    private func movementLine(_ kpi: KPIResult) -> SummaryLine {
        var s = SentenceBuilder()
        let rose = (kpi.change?.value ?? 0) > 0
        let size: String
        switch kpi.change {
        case .points(let points): size = NumberFormat.fixed(abs(points) * 100, decimals: 1) + l("个百分点", " pp")
        case .relative(let fraction): size = NumberFormat.fixed(abs(fraction) * 100, decimals: 1) + "%"
        case nil: size = NumberFormat.missing
        }
        s.strong(name(kpi))
        s.plain(l(rose ? " 上升 " : " 下降 ", rose ? " rose " : " fell "))
        s.strong(size)
        s.plain(l("（\(format.value(kpi.previous, unit: kpi.definition.unit)) → \(value(kpi))）",
                  " (\(format.value(kpi.previous, unit: kpi.definition.unit)) → \(value(kpi)))"))
        let reason = contributors.clause(for: kpi)
        if !reason.isEmpty {
            s.plain(l("，", "; "))
            s.append(reason)
        }
        s.plain(l("。", "."))
        var links = [LinkModel(title: l("详情", "Details"), href: "\(kpi.definition.family.rawValue).html#kpi-\(kpi.id)")]
        if kpi.movedFavourably == false { links += context.playbookLinks(for: kpi.id).prefix(2) }
        return SummaryLine(tone: tone(kpi), parts: s.parts, links: links)
    }

    private func breachLine() -> SummaryLine? {
        let breaches = context.report.breaches
        guard !breaches.isEmpty else { return nil }
        var s = SentenceBuilder()
        s.strong(l("\(breaches.count) 项指标未达标", "\(breaches.count) KPI\(breaches.count > 1 ? "s" : "") off target"))
        s.plain(l("：", ": "))
        s.plain(breaches.map { "\(name($0)) \(value($0))" }.joined(separator: l("、", ", ")))
        s.plain(l("。按下方预警中的手册处理。", ". The alerts below name the playbooks to run."))
        return SummaryLine(tone: "alert", parts: s.parts, links: [LinkModel(title: l("预警", "Alerts"), href: "#alerts")])
    }
}
