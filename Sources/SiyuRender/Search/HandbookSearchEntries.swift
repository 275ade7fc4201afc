import Foundation
import SiyuContent
import SiyuCore

/// Search entries for the handbook: one per page (title, summary and opening text), and, unless the handbook is
/// big, one per h2 section (with the h3s under it), so a hit can jump straight to the part of a long SOP that
/// matches. A big handbook (over `HandbookNavigation.fullTreeLimit` pages) gets one entry per page, holding all
/// its text, which keeps the index about a third of the size.
struct HandbookSearchEntries: Sendable {
    let navigation: HandbookNavigation
    /// KPI id → its names, so a page is found by the KPIs it declares.
    let kpiNames: [String: String]
    /// What a shortcode reads as in a snippet (a KPI's value; nothing for a chart or table).
    let shortcodeText: @Sendable (Shortcode) -> String

    var withSections: Bool { navigation.reading.count <= HandbookNavigation.fullTreeLimit }

    func entries() -> [SearchEntry] {
        let tree = navigation.tree
        let handbook = navigation.labels.handbook
        var pages: [(Playbook, context: String)] = []
        if let root = tree.rootLanding { pages.append((root, handbook)) }
        for section in tree.sections {
            let context = handbook + " › " + navigation.sectionTitle(section)
            if let landing = section.landing { pages.append((landing, handbook)) }
            for playbook in section.nodes.flatMap(Self.playbooks) { pages.append((playbook, context)) }
        }
        // Each page's entries on every core, kept in reading order (one page after another was 1% of a
        // 10,000-playbook build, on one core while the other waited).
        let pagesToIndex = pages
        return Parallel.map(pagesToIndex.count) { entries(pagesToIndex[$0].0, context: pagesToIndex[$0].context) }.flatMap { $0 }
    }

    private func entries(_ playbook: Playbook, context: String) -> [SearchEntry] {
        var entries = rawEntries(playbook, context: context)
        guard !playbook.shortcodes.isEmpty else { return entries }
        // Placeholders are private-use characters standing for live figures: put the figures in.
        for index in entries.indices {
            for shortcode in playbook.shortcodes where entries[index].text.utf8Range(of: shortcode.placeholder) != nil {
                entries[index].text = entries[index].text.replacingAllUTF8(shortcode.placeholder, with: shortcodeText(shortcode))
            }
        }
        return entries
    }

    private func rawEntries(_ playbook: Playbook, context: String) -> [SearchEntry] {
        let front = playbook.frontMatter
        let keywords = (front.kpis + front.kpis.compactMap { kpiNames[$0] } + front.tags + front.categories
            + [front.owner ?? ""]).joined(separator: " ")
        var sections = playbook.sections
        let opening = sections.isEmpty ? "" : sections.removeFirst().text
        var entries = [SearchEntry(kind: .handbook, title: playbook.title, context: context, href: playbook.outputPath,
                                   text: [front.summary ?? "", opening].joined(separator: " "), keywords: keywords)]
        guard withSections else {
            entries[0].text += " " + sections.map { ($0.heading?.text ?? "") + " " + $0.text }.joined(separator: " ")
            return entries
        }
        // Each h1/h2 with everything down to the next one.
        var current: (heading: Playbook.Heading, text: String)?
        func flush() {
            guard let (heading, text) = current else { return }
            entries.append(SearchEntry(kind: .handbook, title: heading.text, context: context + " › " + playbook.title,
                                       href: playbook.outputPath + "#" + heading.anchor, text: text))
        }
        for section in sections {
            guard let heading = section.heading, heading.anchor != playbook.titleAnchor else {
                current?.text += " " + section.text
                continue
            }
            if heading.level <= 2 {
                flush()
                current = (heading, section.text)
            } else if current != nil {
                current?.text += " " + heading.text + " " + section.text
            } else {
                entries[0].text += " " + heading.text + " " + section.text
            }
        }
        flush()
        return entries
    }

    private static func playbooks(_ node: HandbookTree.Node) -> [Playbook] {
        (node.playbook.map { [$0] } ?? []) + node.children.flatMap(playbooks)
    }
}
