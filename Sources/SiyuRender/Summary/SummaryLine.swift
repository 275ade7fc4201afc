/// One sentence of the generated summary, as runs of plain and emphasised text (so the template escapes every
/// run and no HTML is assembled from data), with a tone for its marker and links to details and playbooks.
struct SummaryLine {
    struct Part {
        var text: String
        var strong: Bool
    }

    /// `good`, `bad`, `alert` or `neutral`.
    var tone: String
    var parts: [Part]
    var links: [LinkModel]
    // Stored, not computed: swift-mustache reads view models through Mirror, which sees stored properties only.
    var hasLinks: Bool

    init(tone: String, parts: [Part], links: [LinkModel] = []) {
        self.tone = tone
        self.parts = parts
        self.links = links
        hasLinks = !links.isEmpty
    }

    /// The sentence as plain text, for tests and the text summary.
    var text: String { parts.map(\.text).joined() }
}

/// Builds a sentence run by run.
struct SentenceBuilder {
    private(set) var parts: [SummaryLine.Part] = []

    mutating func plain(_ text: String) {
        guard !text.isEmpty else { return }
        if let last = parts.last, !last.strong {
            parts[parts.count - 1].text += text
        } else {
            parts.append(.init(text: text, strong: false))
        }
    }

    mutating func strong(_ text: String) {
        parts.append(.init(text: text, strong: true))
    }

    mutating func append(_ other: [SummaryLine.Part]) {
        for part in other { part.strong ? strong(part.text) : plain(part.text) }
    }
}
