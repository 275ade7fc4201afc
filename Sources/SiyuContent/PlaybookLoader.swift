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

/// Turns Markdown files into playbooks: front matter, HTML with heading anchors and SOP checklists, rewritten
/// links between playbooks (a link to a missing playbook or anchor is an error), shortcode placeholders.
/// Drafts are skipped before rendering, so linking to one is an error too.
package struct PlaybookLoader: Sendable {
    package var renderer: MarkdownRenderer
    package var sizeCap: Int
    package var markdownGuard = MarkdownGuard()

    package init(options: MarkdownRenderer.Options = .init(), sizeCap: Int = 1 << 20) {
        renderer = MarkdownRenderer(options: options)
        self.sizeCap = sizeCap
    }

    /// A file split into front matter and body, before rendering.
    private struct Parsed {
        var source: PlaybookSource
        var slug: String
        var frontMatter: FrontMatter
        var body: String
        var bodyLine: Int
    }

    package func load(_ sources: [PlaybookSource]) throws(DiagnosticList) -> [Playbook] {
        var collector = DiagnosticCollector()
        var parsed: [Parsed] = []
        var pagePaths: [String: String] = [:]
        // Files are parsed and rendered on every core (each file on its own), then gathered in path order, so
        // messages and output come out the same however the work was scheduled. cmark-gfm registers its extensions
        // on first use, unguarded: done here, once, before any thread renders.
        MarkdownRenderer.registerExtensions()
        let sorted = sources.sorted(by: { $0.relativePath < $1.relativePath })
        let parseResults = Parallel.map(sorted) { source in Result { () throws(Diagnostic) in try parse(source) } }
        for result in parseResults {
            do {
                guard let file = try result.get() else { continue }
                let source = file.source
                let path = Playbook.pagePath(of: file.slug)
                if let other = pagePaths[path] {
                    collector.add(.error(at: SourceLocation(file: source.displayPath),
                                         "\(other) and this file would both become playbooks/\(path).html",
                                         hint: "rename one of them"))
                    continue
                }
                pagePaths[path] = source.displayPath
                parsed.append(file)
            } catch {
                collector.add(error)
            }
        }

        let published = Set(parsed.map(\.slug))
        var playbooks: [Playbook] = []
        var links: [PageLink] = []
        let files = parsed
        let renderResults = Parallel.map(files.count) { index in
            Result { () throws(Diagnostic) in try render(files[index], knownSlugs: published) }
        }
        for result in renderResults {
            do {
                let (playbook, pageLinks, linkErrors) = try result.get()
                collector.add(contentsOf: linkErrors)
                playbooks.append(playbook)
                links += pageLinks
            } catch {
                collector.add(error)
            }
        }

        let anchors = Dictionary(playbooks.map { ($0.slug, Set($0.headings.map(\.anchor))) }) { first, _ in first }
        for link in links where !link.anchor.isEmpty {
            guard let known = anchors[link.target] else { continue } // a page that failed: reported already
            if !known.contains(link.anchor) {
                collector.add(.error(at: link.location, "no heading with anchor #\(link.anchor) in \(link.target).md",
                                     hint: "anchors there: " + known.sorted().prefix(12).joined(separator: ", ")))
            }
        }
        try collector.throwIfErrors()
        return playbooks
    }

    /// Size cap, front matter and the pathological-input guard; nil for a draft.
    private func parse(_ source: PlaybookSource) throws(Diagnostic) -> Parsed? {
        let file = source.displayPath
        guard source.text.utf8.count <= sizeCap else {
            throw .error(at: SourceLocation(file: file),
                         "the file is \(Self.kibibytes(source.text.utf8.count)), over the \(Self.kibibytes(sizeCap)) limit "
                            + "for one playbook",
                         hint: "split it into several playbooks, or raise markdown: max_file_size in siyu.yml")
        }
        let (frontMatter, body, bodyLine) = try FrontMatter.split(source.text, file: file)
        guard !frontMatter.draft else { return nil }
        try markdownGuard.check(body, file: file, firstLine: bodyLine)
        return Parsed(source: source, slug: Self.slug(of: source.relativePath), frontMatter: frontMatter, body: body,
                      bodyLine: bodyLine)
    }

    private func render(_ file: Parsed, knownSlugs: Set<String>) throws(Diagnostic) -> (Playbook, [PageLink], [Diagnostic]) {
        let path = file.source.displayPath
        let (markdown, shortcodes) = try Shortcode.extract(from: file.body, file: path, firstLine: file.bodyLine)
        let slug = file.slug
        let folder = slug.lastIndex(of: "/").map { String(slug[..<$0]) } ?? ""

        var links: [PageLink] = []
        var linkErrors: [Diagnostic] = []
        // Each link's target, worked out once for the page's URL and again for the print edition's.
        var targets: [String: (String?, String)?] = [:]
        func internalTarget(_ url: String) -> (String?, String)? {
            if let known = targets[url] { return known }
            let target = Self.internalTarget(url, folder: folder)
            targets[url] = .some(target)
            return target
        }
        let output = renderer.render(markdown, rewriteLink: { link in
            let location = SourceLocation(file: path, line: file.bodyLine + link.line - 1, column: link.column)
            guard let (target, anchor) = internalTarget(link.url) else { return nil }
            if let target, !knownSlugs.contains(target) {
                linkErrors.append(.error(at: location, "link to a missing playbook: \(link.url)",
                                         hint: "playbooks are linked by their .md path relative to this file; "
                                            + "drafts are not published"))
                return nil
            }
            links.append(PageLink(target: target ?? slug, anchor: anchor, location: location))
            guard let target else { return nil }
            let href = Self.relativePath(from: folder, to: Playbook.pagePath(of: target)) + ".html"
            return anchor.isEmpty ? href : href + "#" + anchor
        }, alternateLink: { link in
            // The print edition: every link between playbooks points inside the one page.
            guard let (target, anchor) = internalTarget(link.url) else { return nil }
            guard let target else { return "#" + Playbook.printID(slug, anchor: anchor) }
            return knownSlugs.contains(target) ? "#" + Playbook.printID(target, anchor: anchor) : nil
        }, finish: ChecklistMarkup.apply) // once for both versions, as it leaves links alone: N=1,000 252 M -> 126 M instructions

        let anchors = Slug.unique(output.headings.map(\.text))
        let headings = zip(output.headings, anchors).map { Playbook.Heading(level: $0.level, text: $0.text, anchor: $1) }
        // A file without a title takes its first heading's; a leading `# Title` then becomes the page's h1.
        let titleHeading = file.frontMatter.title == nil && output.headings.first?.level == 1 ? headings.first : nil
        let title = file.frontMatter.title ?? output.headings.first?.text ?? String(slug.split(separator: "/").last ?? "")
        var html = Self.addAnchors(output.html, headings)
        var printHTML = Self.addAnchors(output.alternateHTML ?? "", headings) { Playbook.printID(slug, anchor: $0) }
        if let titleHeading {
            html = Self.removeHeading(titleHeading, id: titleHeading.anchor, from: html)
            printHTML = Self.removeHeading(titleHeading, id: Playbook.printID(slug, anchor: titleHeading.anchor), from: printHTML)
        }
        let sections = zip([nil] + headings.map { Optional($0) }, output.segments).map {
            Playbook.Section(heading: $0, text: $1)
        }
        let frontMatter = file.frontMatter
        let section = frontMatter.section ?? frontMatter.categories.first
            ?? (slug.contains("/") ? String(slug.prefix { $0 != "/" }) : "")
        let playbook = Playbook(sourcePath: path, slug: slug, frontMatter: frontMatter, title: title, section: section,
                                html: html, printHTML: printHTML, headings: headings, sections: sections,
                                shortcodes: shortcodes, text: output.text, titleAnchor: titleHeading?.anchor)
        return (playbook, links, linkErrors)
    }

    /// `sop/welcome.md` → `sop/welcome`.
    package static func slug(of relativePath: String) -> String {
        relativePath.hasSuffix(".md") ? String(relativePath.dropLast(3)) : relativePath
    }

    static func kibibytes(_ bytes: Int) -> String {
        bytes % 1024 == 0 ? "\(bytes / 1024) KiB" : "\((bytes + 1023) / 1024) KiB"
    }
}

/// A link from one playbook to a heading, checked once every page's anchors are known.
struct PageLink {
    var target: String
    var anchor: String
    var location: SourceLocation
}
