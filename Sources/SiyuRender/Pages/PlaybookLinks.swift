import Foundation

/// The playbooks a KPI card, alert or "to run" line lists: the first few in handbook order, then "+N more" leading
/// to the site search for the KPI's id (every playbook declaring a KPI carries its id and names as search keywords).
/// A card listing every declaring playbook is unusable on a big handbook — with 10,000 generated playbooks that
/// declare two KPIs each, `index.html` alone held 30,000 links (2.1 MB), copied again into every archived period.
struct PlaybookLinks {
    static let limit = 5

    var links: [LinkModel]
    var hasLinks: Bool
    /// "+2 more →"; empty when every playbook is listed.
    var moreText: String
    /// Relative to the site root, like `LinkModel.href`: `search.html?q=repurchase_rate`.
    var moreHref: String
    var hasMore: Bool

    init(kpi: String, all: [LinkModel], labels: Labels) {
        links = Array(all.prefix(Self.limit))
        hasLinks = !links.isEmpty
        let hidden = all.count - links.count
        hasMore = hidden > 0
        moreText = hasMore ? labels.morePlaybooks.replacingOccurrences(of: "{n}", with: String(hidden)) : ""
        moreHref = hasMore ? "search.html?q=" + Self.queryEncoded(kpi) : ""
    }

    /// Percent-encodes a query value: only unreserved characters stay as they are.
    static func queryEncoded(_ value: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
