/// Generated handbooks for benchmarks: `count` Markdown pages of about 6 KB each, mixed Chinese and English, with
/// headings, lists, a table, a task list, links to other pages and a code block — the shape of a real SOP library.
/// No Siyu shortcodes, so other generators (Hugo) can build the same files. Each folder of `pagesPerFolder` pages is
/// its own section (its topic and folder number), so Siyu's sections are Hugo's directory sections: the same
/// ~100 pages per sidebar at any N, and page size does not grow with the handbook.
package struct PlaybookGenerator: Sendable {
    package let count: Int
    package let seed: UInt64
    static let pagesPerFolder = 100

    package init(count: Int, seed: UInt64 = 2025) {
        self.count = count
        self.seed = seed
    }

    /// Path under the project → bytes.
    package func files() -> [String: [UInt8]] {
        var random = SampleRandom(seed: seed ^ 0x5151_5151)
        var files: [String: [UInt8]] = [:]
        for index in 0..<count {
            files["Content/playbooks/" + path(index)] = Array(page(index, random: &random).utf8)
        }
        return files
    }

    func path(_ index: Int) -> String {
        let folder = index / Self.pagesPerFolder
        return "s\(folder < 10 ? "0" : "")\(folder)/p\(String(100_000 + index).dropFirst()).md"
    }

    /// Relative link from page `from` to page `to`.
    func link(from: Int, to: Int) -> String {
        let target = path(to)
        return from / Self.pagesPerFolder == to / Self.pagesPerFolder ? String(target.split(separator: "/")[1]) : "../" + target
    }

    static let topics = ["新客欢迎", "群发节奏", "社群激活", "复购提醒", "沉睡召回", "老带新", "KOC 运营", "周度复盘", "SCRM 选型", "内容排期"]
    static let clauses = [
        "先确认目标人群，再决定触达的时机", "每次活动结束后记录数据和原因", "把话术拆成可复用的模板",
        "避免同一天对同一客户重复群发", "对高价值客户安排一对一跟进", "用标签区分购买周期和偏好",
        "新客 24 小时内必须收到欢迎语", "群内答疑要在 10 分钟内响应", "复购券的有效期控制在 14 天内",
        "review the funnel every Monday with the whole team", "keep the message short and give one clear action",
        "tag every contact by channel so ROI can be measured", "test one variable at a time and log the result",
        "escalate complaints to the team lead within one hour",
    ]
    static let words = ["私域", "客户池", "企业微信", "小程序", "复购率", "流失率", "GMV", "SOP", "owner", "cadence", "campaign", "cohort"]

    /// `群发节奏 02`: the section of the folder page `index` is in.
    func sectionName(_ index: Int) -> String {
        let folder = index / Self.pagesPerFolder
        return "\(Self.topics[folder % Self.topics.count]) \(folder < 9 ? "0" : "")\(folder + 1)"
    }

    func page(_ index: Int, random: inout SampleRandom) -> String {
        let topic = Self.topics[index % Self.topics.count]
        func sentence() -> String {
            let first = random.pick(Self.clauses), second = random.pick(Self.clauses)
            return "\(first)，\(random.pick(Self.words)) \(second)。"
        }
        func paragraph() -> String { (0..<4).map { _ in sentence() }.joined() }
        var text = """
        ---
        title: \(topic) 操作手册 \(index + 1)
        section: \(sectionName(index))
        order: \(index % Self.pagesPerFolder + 1)
        kpis: [repurchase_rate, loss_rate]
        owner: 私域运营
        cadence: weekly
        updated: 2025-11-\(10 + index % 20)
        summary: \(sentence())
        ---

        \(paragraph())

        """
        for step in 1...3 {
            text += "## 第\(step)步：\(random.pick(Self.topics)) step \(step)\n\n\(paragraph())\n\n"
            text += "### 要点 \(step)\n\n"
            for _ in 0..<4 { text += "- \(sentence())\n" }
            text += "\n\(paragraph())\n\n"
        }
        text += "## 检查清单\n\n"
        for _ in 0..<5 { text += "- [ ] \(sentence())\n" }
        text += "\n## 数据表\n\n| 指标 | 目标 | 负责人 |\n|---|---|---|\n"
        for row in 0..<5 { text += "| \(random.pick(Self.words)) \(row) | \(random.int(90) + 10)% | \(random.pick(["小林", "阿青", "周周"])) |\n" }
        text += "\n## 相关\n\n"
        let previous = index == 0 ? count - 1 : index - 1
        let next = (index + 1) % count
        let far = (index + count / 2 + 1) % count
        text += "- 上一篇：[手册 \(previous + 1)](\(link(from: index, to: previous)))\n"
        text += "- 下一篇：[手册 \(next + 1)](\(link(from: index, to: next)))\n"
        text += "- 延伸阅读：[手册 \(far + 1)](\(link(from: index, to: far)))\n\n"
        text += "```yaml\n# message template \(index)\nsend_at: \"10:00\"\nsegment: \(random.pick(Self.words))\nlimit_per_day: 1\n```\n\n"
        text += paragraph() + "\n"
        return text
    }
}
