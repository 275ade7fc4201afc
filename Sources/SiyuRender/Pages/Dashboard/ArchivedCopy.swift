import SiyuContent
import SiyuCore

/// A dashboard page's archived copy (`reports/<period>/…`) made from its live page instead of rendering it again.
/// With the built-in templates the two differ only where `DashboardPage.ArchiveBanner` shows: the banner partial
/// on the line after `<main …>`, and, on the overview, the button to the archive index (`reports/index.html`
/// becomes the banner's `allHref`). The frame is the same: same root, title and navigation. Rendering the 13
/// archived copies through Mustache was about half the dashboards' cost, 14% of a 1,000-playbook build.
///
/// Only used while `templates` are the built-in ones; anything unexpected in the live page gives nil and the copy
/// is rendered as before. `DashboardSiteTests.archivedCopiesMatchRenderingThem` compares both ways.
enum ArchivedCopy {
    static let templates = ["dashboard.mustache", "overview.mustache", "report.mustache", "partial-archive-banner.mustache",
                            "layout.mustache"]

    /// The live page (`page`, whose content is `content`) as its archived copy, before `linkingToLiveHandbook`.
    static func page(_ page: [UInt8], content: String, banner: DashboardPage.ArchiveBanner, labels: DashboardLabels,
                     isOverview: Bool) -> [UInt8]? {
        let text = String(decoding: page, as: UTF8.self)
        // The banner's line: the partial renders nothing on a live page, leaving its two spaces of indentation.
        guard content.hasPrefix("<main "), let firstBreak = content.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let lineStart = content.utf8.index(after: firstBreak)
        guard content[lineStart...].hasPrefix("  \n") else { return nil }
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        let bannerHTML = "<p class=\"archive-banner\" role=\"note\">\(e(banner.text)) <a href=\"\(e(banner.latestHref))\">"
            + "\(e(labels.latestReport))</a> · <a href=\"\(e(banner.allHref))\">\(e(labels.allReports))</a></p>"
        var archived = String(content[..<lineStart]) + "  " + bannerHTML + content[content.utf8.index(lineStart, offsetBy: 2)...]
        if isOverview {
            let live = "<a class=\"button\" href=\"reports/index.html\">"
            guard let range = archived.utf8Range(of: live), archived.utf8Range(of: live, from: range.upperBound) == nil else {
                return nil
            }
            archived = archived[..<range.lowerBound] + "<a class=\"button\" href=\"\(e(banner.allHref))\">" + archived[range.upperBound...]
        }
        // The frame around the content, as it is: the content once, the rest before and after it. (Searched as
        // bytes: Foundation's `components(separatedBy:)` made this 6% of a 1,000-playbook build.)
        guard let range = text.utf8Range(of: content), text.utf8Range(of: content, from: range.upperBound) == nil else {
            return nil
        }
        return Array((text[..<range.lowerBound] + archived + text[range.upperBound...]).utf8)
    }
}
