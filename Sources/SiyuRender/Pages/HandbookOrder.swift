import SiyuContent

/// The handbook's reading order: sections in the loop 定策略 → 选工具 → 调优化 → SOP (others after, by name),
/// then `order`/`weight`, then title.
enum HandbookOrder {
    static let sectionOrder = ["定策略", "strategy", "选工具", "tools", "调优化", "optimization", "SOP", "sop"]

    static func sectionRank(_ section: String) -> Int {
        sectionOrder.firstIndex(of: section).map { $0 / 2 } ?? sectionOrder.count
    }

    static func sorted(_ playbooks: [Playbook]) -> [Playbook] {
        playbooks.sorted {
            (sectionRank($0.section), $0.section, $0.order, $0.title, $0.slug)
                < (sectionRank($1.section), $1.section, $1.order, $1.title, $1.slug)
        }
    }

    /// Sections with their playbooks, in reading order.
    static func sections(_ playbooks: [Playbook]) -> [(title: String, playbooks: [Playbook])] {
        var result: [(title: String, playbooks: [Playbook])] = []
        for playbook in sorted(playbooks) {
            if result.last?.title == playbook.section {
                result[result.count - 1].playbooks.append(playbook)
            } else {
                result.append((playbook.section, [playbook]))
            }
        }
        return result
    }
}
