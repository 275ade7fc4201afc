import Foundation
import SiyuCore

/// The site frame (`layout.mustache`) around the handbook's pages, rendered once per (root, current nav item)
/// rather than once per page: a page's frame differs from its neighbours' only in its `<title>` and content.
/// The frame is rendered with marks in place of both and cut at them; a page is the pieces with its escaped title
/// and its content put back. The layout is about a third of a handbook page's Mustache name lookups (its top
/// navigation alone is some fifty), each a chain of dynamic casts, plus flattening its model by reflection.
///
/// Only for the built-in layout, which writes `{{title}}` once, escaped, and `{{{content}}}` once; a project's
/// own layout (or a frame whose marks do not come out exactly once) goes through Mustache for every page.
/// Safe to use from several threads (one lock around the cache).
final class LayoutFrames: @unchecked Sendable {
    /// The frame cut at the title and the content, in the order they appear.
    private struct Pieces {
        var parts: [String]
        var titleFirst: Bool
    }

    private static let titleMark = "\u{E000}siyu-title\u{E001}"
    private static let contentMark = "\u{E000}siyu-content\u{E001}"

    private let render: @Sendable (_ root: String, _ title: String, _ navCurrent: String, _ content: String) throws(Diagnostic) -> [UInt8]
    private let reusesFrames: Bool
    private let lock = NSLock()
    private var frames: [String: Pieces?] = [:]

    /// `render` frames one page through Mustache; `builtInLayout`: the layout is the built-in one.
    init(builtInLayout: Bool,
         render: @escaping @Sendable (_ root: String, _ title: String, _ navCurrent: String, _ content: String) throws(Diagnostic) -> [UInt8]) {
        self.render = render
        reusesFrames = builtInLayout
    }

    func framed(root: String, title: String, navCurrent: String, content: String) throws(Diagnostic) -> [UInt8] {
        guard reusesFrames, let pieces = try pieces(root: root, navCurrent: navCurrent) else {
            return try render(root, title, navCurrent, content)
        }
        let escapedTitle = HTMLEscaping.escape(title)
        var page: [UInt8] = []
        page.reserveCapacity(pieces.parts.reduce(content.utf8.count + escapedTitle.utf8.count) { $0 + $1.utf8.count })
        page += pieces.parts[0].utf8
        page += (pieces.titleFirst ? escapedTitle : content).utf8
        page += pieces.parts[1].utf8
        page += (pieces.titleFirst ? content : escapedTitle).utf8
        page += pieces.parts[2].utf8
        return page
    }

    private func pieces(root: String, navCurrent: String) throws(Diagnostic) -> Pieces? {
        let key = root + "\n" + navCurrent
        lock.lock()
        let cached = frames[key]
        lock.unlock()
        if let cached { return cached }
        let frame = String(decoding: try render(root, Self.titleMark, navCurrent, Self.contentMark), as: UTF8.self)
        let pieces = Self.cut(frame)
        lock.lock()
        frames[key] = .some(pieces)
        lock.unlock()
        return pieces
    }

    /// The frame in three parts around the two marks, or nil unless each mark is there exactly once.
    private static func cut(_ frame: String) -> Pieces? {
        let titles = frame.components(separatedBy: titleMark), contents = frame.components(separatedBy: contentMark)
        guard titles.count == 2, contents.count == 2 else { return nil }
        if titles[0].count < contents[0].count {
            let rest = titles[1].components(separatedBy: contentMark)
            return Pieces(parts: [titles[0], rest[0], rest[1]], titleFirst: true)
        }
        let rest = contents[1].components(separatedBy: titleMark)
        return Pieces(parts: [contents[0], rest[0], rest[1]], titleFirst: false)
    }
}
