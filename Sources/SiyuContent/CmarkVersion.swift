/// cmark-gfm versions such as `0.29.0.gfm.6`, compared number by number.
package struct CmarkVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The first release with all of 2023's fixes for inputs that take polynomial time.
    package static let firstWith2023Fixes = CmarkVersion(parts: [0, 29, 0, 13], text: "0.29.0.gfm.13")

    /// The numbers in order: `0.29.0.gfm.6` → [0, 29, 0, 6].
    package var parts: [Int]
    package var text: String

    package init?(_ text: String) {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).map { Int($0) }
        guard !numbers.isEmpty, !numbers.contains(nil) else { return nil }
        self.init(parts: numbers.compactMap { $0 }, text: text)
    }

    private init(parts: [Int], text: String) {
        self.parts = parts
        self.text = text
    }

    package var description: String { text }

    package static func < (lhs: CmarkVersion, rhs: CmarkVersion) -> Bool {
        for (left, right) in zip(lhs.parts, rhs.parts) where left != right { return left < right }
        return lhs.parts.count < rhs.parts.count
    }

    package static func == (lhs: CmarkVersion, rhs: CmarkVersion) -> Bool { lhs.parts == rhs.parts }

    package func hash(into hasher: inout Hasher) { hasher.combine(parts) }
}

extension MarkdownRenderer {
    /// What `siyu check` prints when the linked cmark-gfm lacks the 2023 security fixes; nil when it has them.
    package static func cmarkVersionWarning() -> String? {
        cmarkVersionWarning(for: libraryVersion)
    }

    package static func cmarkVersionWarning(for version: String) -> String? {
        let minimum = CmarkVersion.firstWith2023Fixes
        guard let linked = CmarkVersion(version) else {
            return "cannot tell which cmark-gfm is linked (it reports \"\(version)\"); releases before \(minimum) "
                + "take polynomial time on some inputs (CVE-2023-22483 and others)"
        }
        guard linked < minimum else { return nil }
        return "the linked cmark-gfm \(linked) is older than \(minimum) and lacks the 2023 fixes for inputs that take "
            + "polynomial time (CVE-2023-22483, -22484, -22486, -24824, -26485, -37463). Siyu refuses playbooks over "
            + "markdown.max_file_size and blocks shaped like those inputs; install cmark-gfm \(minimum) or later if you can"
    }
}
