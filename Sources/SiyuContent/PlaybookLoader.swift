import Foundation
import SiyuCore

/// One Markdown file handed in by the site stage (which does the file I/O).
package struct PlaybookSource: Sendable {
    /// Path under the playbooks folder: `sop/welcome.md`.
    package var relativePath: String
    /// Path shown in messages: `Content/playbooks/sop/welcome.md`.
    package var displayPath: String
    package var text: String

    package init(relativePath: String, displayPath: String, text: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
    }
}

/// Turns Markdown files into playbooks: front matter, HTML with heading anchors, rewritten links between
/// playbooks (a link to a missing playbook or anchor is an error), shortcode placeholders.
package struct PlaybookLoader: Sendable {
    package var renderer: MarkdownRenderer
    package var sizeCap: Int

    package init(options: MarkdownRenderer.Options = .init(), sizeCap: Int = 1 << 20) {
        renderer = MarkdownRenderer(options: options)
        self.sizeCap = sizeCap
    }

    package func load(_ sources: [PlaybookSource]) throws(DiagnosticList) -> [Playbook] {
        var collector = DiagnosticCollector()
        let slugs = Set(sources.map { Self.slug(of: $0.relativePath) })
        var playbooks: [Playbook] = []
        var links: [(from: Playbook, target: String, anchor: String, location: SourceLocation)] = []

        for source in sources.sorted(by: { $0.relativePath < $1.relativePath }) {
            do {
                let (playbook, pageLinks, linkErrors) = try load(source, knownSlugs: slugs)
                collector.add(contentsOf: linkErrors)
                guard !playbook.frontMatter.draft else { continue }
                playbooks.append(playbook)
                links += pageLinks.map { (playbook, $0.target, $0.anchor, $0.location) }
            } catch let error as Diagnostic {
                collector.add(error)
            } catch let list as DiagnosticList {
                collector.add(contentsOf: list.diagnostics)
            } catch {}
        }

        let anchors = Dictionary(playbooks.map { ($0.slug, Set($0.headings.map(\.anchor))) }) { first, _ in first }
        for link in links where !link.anchor.isEmpty {
            let target = link.target.isEmpty ? link.from.slug : link.target
            guard let known = anchors[target] else { continue } // drafts: the missing page was reported already
            if !known.contains(link.anchor) {
                collector.add(.error(at: link.location, "no heading with anchor #\(link.anchor) in \(target).md",
                                     hint: "anchors there: " + known.sorted().prefix(12).joined(separator: ", ")))
            }
        }
        try collector.throwIfErrors()
        return playbooks
    }

    private struct PageLink {
        var target: String
        var anchor: String
        var location: SourceLocation
    }

    private func load(_ source: PlaybookSource, knownSlugs: Set<String>) throws -> (Playbook, [PageLink], [Diagnostic]) {
        let file = source.displayPath
        guard source.text.utf8.count <= sizeCap else {
            throw Diagnostic.error(at: SourceLocation(file: file), "the file is larger than \(sizeCap / 1024) KiB",
                                   hint: "split it into several playbooks, or raise markdown: max_file_size in siyu.yml")
        }
        let (frontMatter, body, bodyLine) = try FrontMatter.split(source.text, file: file)
        let (markdown, shortcodes) = try Shortcode.extract(from: body, file: file, firstLine: bodyLine)
        let slug = Self.slug(of: source.relativePath)
        // Plain string work: NSString's path helpers crash on Linux for a path without "/" (Foundation, Swift 6.3).
        let folder = slug.lastIndex(of: "/").map { String(slug[..<$0]) } ?? ""

        var links: [PageLink] = []
        var linkErrors: [Diagnostic] = []
        let output = renderer.render(markdown) { link in
            let location = SourceLocation(file: file, line: bodyLine + link.line - 1, column: link.column)
            guard let (target, anchor) = Self.internalTarget(link.url, folder: folder) else { return nil }
            if let target, !knownSlugs.contains(target) {
                linkErrors.append(.error(at: location, "link to a missing playbook: \(link.url)",
                                         hint: "playbooks are linked by their .md path relative to this file"))
                return nil
            }
            links.append(PageLink(target: target ?? "", anchor: anchor, location: location))
            guard let target else { return nil }
            let path = Self.relativePath(from: folder, to: target) + ".html"
            return anchor.isEmpty ? path : path + "#" + anchor
        }

        let anchors = Slug.unique(output.headings.map(\.text))
        let headings = zip(output.headings, anchors).map { Playbook.Heading(level: $0.level, text: $0.text, anchor: $1) }
        let title = frontMatter.title ?? output.headings.first?.text ?? String(slug.split(separator: "/").last ?? "")
        let section = frontMatter.section ?? frontMatter.categories.first
            ?? (slug.contains("/") ? String(slug.prefix { $0 != "/" }) : "手册")
        let playbook = Playbook(sourcePath: file, slug: slug, frontMatter: frontMatter, title: title, section: section,
                                html: Self.addAnchors(output.html, headings), headings: headings,
                                shortcodes: shortcodes, text: output.text)
        return (playbook, links, linkErrors)
    }

    /// `sop/welcome.md` → `sop/welcome`.
    package static func slug(of relativePath: String) -> String {
        relativePath.hasSuffix(".md") ? String(relativePath.dropLast(3)) : relativePath
    }

    /// For a link to another playbook (`../sop/welcome.md#step`) or an anchor on this page (`#step`):
    /// the target slug (nil for this page) and the anchor. Nil for external and non-Markdown links.
    static func internalTarget(_ url: String, folder: String) -> (String?, String)? {
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let anchor = parts.count > 1 ? String(parts[1]) : ""
        if path.isEmpty { return anchor.isEmpty ? nil : (nil, anchor) }
        guard !path.contains(":"), !path.hasPrefix("/"), path.hasSuffix(".md") else { return nil }
        var components = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for component in path.dropLast(3).split(separator: "/") {
            if component == ".." {
                if components.isEmpty { return ("../" + path, anchor) } // escapes the handbook: reported as missing
                components.removeLast()
            } else if component != "." {
                components.append(String(component))
            }
        }
        return (components.joined(separator: "/"), anchor.removingPercentEncoding ?? anchor)
    }

    /// Relative path between two slugs' folders, e.g. from `sop` to `strategy/goals` → `../strategy/goals`.
    static func relativePath(from folder: String, to slug: String) -> String {
        let from = folder.split(separator: "/")
        let to = slug.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }

    /// cmark writes `<h2>`; give each heading its anchor, in document order.
    static func addAnchors(_ html: String, _ headings: [Playbook.Heading]) -> String {
        var result = ""
        var rest = html[...]
        for heading in headings {
            let tag = "<h\(heading.level)>"
            guard let range = rest.range(of: tag) else { break }
            result += rest[..<range.lowerBound]
            result += "<h\(heading.level) id=\"\(heading.anchor)\">"
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
