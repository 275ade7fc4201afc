import Foundation
import SiyuContent
import SiyuCore

/// The Markdown + shortcode pipeline: `PlaybookLoader.load` (front matter, cmark-gfm, anchors, checklists, links
/// between playbooks, shortcode placeholders), then the fill the render stage does (`ShortcodeRenderer.fill`
/// replaces each placeholder by its figure's HTML). The input is split at the first NUL byte into two playbooks
/// that may link to each other (`a.md`, `guides/b.md`). Invariants: an error or playbooks, never a trap; no
/// `<script` or `javascript:` href comes out of cmark in safe mode; after the fill no placeholder is left.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlaybook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let cut = bytes.firstIndex(of: 0) ?? size
    let first = String(decoding: bytes[0..<cut], as: UTF8.self)
    let second = cut < size ? String(decoding: bytes[(cut + 1)...], as: UTF8.self) : nil
    var sources = [PlaybookSource(relativePath: "a.md", displayPath: "Content/playbooks/a.md", text: first)]
    if let second {
        sources.append(PlaybookSource(relativePath: "guides/b.md", displayPath: "Content/playbooks/guides/b.md", text: second))
    }
    guard let playbooks = try? PlaybookLoader(sizeCap: 1 << 16).load(sources) else { return 0 }
    for playbook in playbooks {
        var html = playbook.html
        for shortcode in playbook.shortcodes {
            let figure = "<span class=\"kpi\" data-kpi=\"\(shortcode.kind.rawValue)\">1</span>"
            html = html.replacingOccurrences(of: shortcode.placeholder, with: figure)
        }
        guard !html.contains("\u{E000}siyu") else { fatalError("placeholder left after the fill") }
        let lower = html.lowercased()
        guard !lower.contains("<script"), !lower.contains("href=\"javascript:") else {
            fatalError("script survived safe Markdown rendering")
        }
    }
    return 0
}
