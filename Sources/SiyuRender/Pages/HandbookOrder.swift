import SiyuContent

/// The handbook's reading order: sections in the playbook loop 定策略 → 选工具 → 调优化 → SOP (others after, by
/// name), then within a section the folder tree, each level by `order`/`weight`, then title.
enum HandbookOrder {
    static let sectionOrder = ["定策略", "strategy", "选工具", "tools", "调优化", "optimization", "SOP", "sop"]

    static func sectionRank(_ section: String) -> Int {
        if section.isEmpty { return sectionOrder.count + 1 } // pages with no section at all come last
        return sectionOrder.firstIndex(of: section).map { $0 / 2 } ?? sectionOrder.count
    }

    static func sectionPrecedes(_ left: String, _ right: String) -> Bool {
        (sectionRank(left), left) < (sectionRank(right), right)
    }

    /// Siblings in the tree: `order`/`weight` (none last), then title, then slug so the order is total.
    static func precedes(_ left: (order: Int, title: String, key: String), _ right: (order: Int, title: String, key: String)) -> Bool {
        (left.order, left.title, left.key) < (right.order, right.title, right.key)
    }

    /// Every playbook in reading order (a folder's landing page before the pages in it).
    static func sorted(_ playbooks: [Playbook]) -> [Playbook] {
        HandbookTree(playbooks).allPlaybooks
    }
}
