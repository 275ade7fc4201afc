import SiyuMetrics

extension PageTableBuilder {
    /// Three retention matrices; cells not yet observable are empty (null), not zero.
    package func cohorts() -> [PageTable] {
        let matrix = report.tables.cohorts
        let width = matrix.rows.count
        func table(_ id: String, _ title: String, _ values: (CohortMatrix.Row) -> [Double?]) -> PageTable {
            PageTable(
                id: id, title: title,
                columns: [.init("cohort", l("添加周期", "Cohort"), .text), .init("size", l("人数", "Size"), .count)]
                    + (0..<width).map { .init("k\($0)", "+\($0)", .rate) },
                rows: matrix.rows.map { row in
                    let shares = values(row)
                    return [.text(row.cohort.label), people(row.size)]
                        + (0..<width).map { $0 < shares.count ? over(row.size, shares[$0]) : .number(nil) }
                },
                note: l("第 k 列是添加后第 k 个周期；尚未结束的周期留空。", "Column k is the k-th period after the add; periods not over yet are blank."))
        }
        return [
            table("cohort_relationship", l("好友留存", "Relationship retention")) { $0.relationship },
            table("cohort_active", l("活跃留存", "Active retention")) { $0.active },
            table("cohort_purchase", l("购买留存", "Purchase retention")) { $0.purchase },
        ]
    }

    package func dayRetention() -> PageTable {
        PageTable(
            id: "day_retention", title: l("N日留存（本期新增）", "N-day retention (new this period)"),
            columns: [.init("day", l("第N天", "Day"), .count), .init("cohort", l("可观察人数", "Observable"), .count),
                      .init("active", l("当天活跃", "Active that day"), .rate),
                      .init("relationship", l("仍是好友", "Still connected"), .rate)],
            rows: report.tables.dayRetention.map {
                [.number(Double($0.day)), people($0.cohort), over($0.cohort, $0.active), over($0.cohort, $0.relationship)]
            },
            note: l("按上海时间自然日，恰好第 N 天（不是 N 天内）。", "Calendar days in the configured zone, exactly day N (not within N days)."))
    }

    package func repurchaseCohorts() -> PageTable {
        PageTable(
            id: "repurchase_cohorts", title: l("首购队列复购（口径 D）", "First-purchase cohorts (variant D)"),
            columns: [.init("cohort", l("首购周期", "First purchase"), .text),
                      .init("first_time_buyers", l("首购客户", "First-time buyers"), .count),
                      .init("within_30d", l("30天内复购", "2nd order within 30 days"), .rate),
                      .init("within_90d", l("90天内复购", "2nd order within 90 days"), .rate)],
            rows: report.tables.repurchaseCohorts.map {
                [.text($0.cohort.label), people($0.firstTimeBuyers), over($0.firstTimeBuyers, $0.within30Days),
                 over($0.firstTimeBuyers, $0.within90Days)]
            },
            note: l("只统计窗口已完整的队列。", "Only cohorts whose window is over are counted."))
    }

    package func ltv() -> PageTable {
        PageTable(
            id: "ltv_by_channel", title: l("历史LTV（按渠道与客龄）", "Historical LTV by channel and age"),
            columns: [.init("channel", l("渠道", "Channel"), .text), .init("contacts", l("客户", "Contacts"), .count)]
                + LTVTable.ages.map { .init("ltv_\($0)d", "LTV \($0)" + l("天", "d"), .money) },
            rows: report.tables.ltv.map { row in
                [.text(row.channel ?? l("全部", "All")), people(row.contacts)] + row.values.map { over(row.contacts, $0) }
            },
            note: l("添加后 N 天内的净消费 ÷ 已满 N 天的客户数。", "Net spend within N days of the add ÷ contacts at least N days old."))
    }

    package func rfmSegments() -> PageTable {
        PageTable(
            id: "rfm_segments", title: l("RFM 八类客户", "RFM segments"),
            columns: [.init("segment", l("分群", "Segment"), .text), .init("customers", l("客户数", "Customers"), .count),
                      .init("recency_days", l("平均最近购买（天）", "Avg. days since last order"), .days),
                      .init("frequency", l("平均订单数", "Avg. orders"), .ratio),
                      .init("monetary", l("平均消费", "Avg. spend"), .money)],
            rows: report.segments.rfm.map { row in
                [.text(l(row.segment.chinese, row.segment.english)), people(row.customers),
                 over(row.customers, row.averageRecencyDays), over(row.customers, row.averageFrequency),
                 over(row.customers, row.averageMonetary)]
            },
            note: l("近 365 天有效订单；1–5 分五分位打分，≥ 3 为高；R 高表示最近买过。",
                    "Qualifying orders in the last 365 days; quintile scores 1–5, 3 and above is high; high R means recent."))
    }

    package func rfNamed() -> PageTable {
        PageTable(
            id: "rf_segments", title: l("RF 命名分群", "Named RF segments"),
            columns: [.init("segment", l("分群", "Segment"), .text), .init("customers", l("客户数", "Customers"), .count)],
            rows: report.segments.namedRF.map { [.text(rfName($0.name)), people($0.customers)] })
    }

    /// The named RF segments (KPIS.md §5) in the site's language.
    func rfName(_ english: String) -> String {
        let chinese = ["Champions": "冠军客户", "Loyal Customers": "忠诚客户", "Potential Loyalists": "潜在忠诚客户",
                       "New Customers": "新客户", "Promising": "有潜力客户", "Need Attention": "需要关注",
                       "About to Sleep": "即将沉睡", "At Risk": "有流失风险", "Can't Lose Them": "不能失去",
                       "Hibernating": "沉睡客户"]
        return language == .zh ? chinese[english] ?? english : english
    }

    package func fiveA() -> PageTable {
        PageTable(
            id: "five_a", title: l("5A 人群分层", "5A layers"),
            columns: [.init("layer", l("层级", "Layer"), .text), .init("contacts", l("本期", "This period"), .count),
                      .init("previous", l("上期", "Previous"), .count)],
            rows: FiveALayerCalculator.Layer.allCases.map { layer in
                [.text(l(layer.label, layer.english)), people(report.segments.layers[layer] ?? 0),
                 people(report.segments.previousLayers[layer] ?? 0)]
            },
            note: l("期末在池客户取达到的最高层；互动回看 90 天，购买回看 365 天。",
                    "Contacts in the pool at the end, at the highest layer reached; 90-day interaction and 365-day purchase lookbacks."))
    }

    package func koc() -> PageTable {
        PageTable(
            id: "koc", title: "KOC",
            columns: [.init("contact", masker.enabled ? l("客户（已脱敏）", "Contact (masked)") : l("客户", "Contact"), .text), .init("owner", l("跟进员工", "Owner"), .text),
                      .init("referred", l("推荐客户", "Referred"), .count), .init("referred_buyers", l("推荐成交", "Referred buyers"), .count),
                      .init("referred_gmv", l("推荐净GMV", "Referred net GMV"), .money), .init("own_gmv", l("自购净GMV", "Own net GMV"), .money),
                      .init("group_messages", l("群发言", "Group messages"), .count)],
            rows: report.tables.fission.kocs.map { row in
                [.text(masker.mask(row.contactId)), .text(row.owner ?? ""), .number(Double(row.referredContacts)),
                 .number(Double(row.referredBuyers)), .number(row.referredGMV), .number(row.ownGMV), .number(Double(row.groupMessages))]
            },
            note: l("近 90 天：有有效订单；推荐 ≥ 3 人或 ≥ 1 位成交；群内发言 ≥ 5 条。按推荐成交额排序，取前 20。",
                    "Last 90 days: a qualifying order; 3+ referrals or 1+ referred buyer; 5+ group messages. Top 20 by referred GMV."))
    }

    package func quality() -> PageTable {
        let quality = report.quality
        var rows: [[PageTable.Cell]] = quality.rowsRead.keys.sorted().map {
            [.text(l("读取行数", "Rows read") + " · " + $0), .number(Double(quality.rowsRead[$0] ?? 0)), .number(nil)]
        }
        rows += quality.skipped.keys.sorted().map {
            [.text(l("跳过行数", "Rows skipped") + " · " + $0), .number(Double(quality.skipped[$0] ?? 0)), .number(nil)]
        }
        rows.append([.text(l("无法关联客户的订单（含其GMV占比）", "Orders without a contact (and their GMV share)")),
                     .number(Double(quality.unlinkedOrders)), .number(quality.unlinkedGMVShare)])
        rows.append([.text(l("期末−期初 = 新增−流失：", "End − start = new − lost: ")
                           + (quality.poolIdentityHolds ? l("成立", "holds") : l("不成立，请检查数据", "violated, check the data"))),
                     .number(nil), .number(nil)])
        return PageTable(id: "data_quality", title: l("数据质量", "Data quality"),
                         columns: [.init("check", l("检查项", "Check"), .text), .init("count", l("数量", "Count"), .count),
                                   .init("share", l("占比", "Share"), .rate)],
                         rows: rows)
    }
}
