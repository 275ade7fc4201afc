/// One thing the site's search can find: a handbook page or one of its sections, a KPI, a dashboard page.
/// Any page can register entries with `SearchIndexBuilder.add(_:)`.
package struct SearchEntry: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        case handbook, kpi, page
    }

    package var kind: Kind
    /// What the result shows in bold: `先看分层`.
    package var title: String
    /// Where it sits, shown above the title: `运营手册 › SOP › 复购活动`.
    package var context: String
    /// Path from the site root, with an anchor where useful: `playbooks/sop/repurchase.html#先看分层`.
    package var href: String
    /// The text snippets are cut from.
    package var text: String
    /// Searchable but never shown: ids, English names, tags.
    package var keywords: String

    package init(kind: Kind, title: String, context: String, href: String, text: String, keywords: String = "") {
        self.kind = kind
        self.title = title
        self.context = context
        self.href = href
        self.text = text
        self.keywords = keywords
    }
}
