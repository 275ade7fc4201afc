import SiyuCore
import Testing
@testable import SiyuContent

/// The published trigger inputs for the 2023 cmark-gfm denial-of-service advisories, fed through the loader as
/// playbooks. Debian bookworm's cmark-gfm (0.29.0.gfm.6) predates every fix, so each input must either be refused
/// (by the size cap or the guard) or finish quickly. The bound is a generous safety net, not a benchmark:
/// unguarded, several of these run for minutes, and one aborts the process.
@Suite(.serialized) struct PathologicalInputTests {
    static let bound = Duration.seconds(20)

    static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

    /// (advisory, input): the proof-of-concept shapes, at the sizes they were published with.
    static let triggers: [(String, String)] = [
        ("CVE-2023-22484 GHSA-24f7-9frr-5h2r", "a" + repeated("<!--", 50_000)),
        ("CVE-2023-22484 GHSA-24f7-9frr-5h2r (variant)", "</" + repeated("<!--", 300_000)),
        ("CVE-2023-22486 GHSA-r572-jvj2-3m8p", repeated("![[]()", 50_000)),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 1", "-1" + repeated("<?x", 50_000) + "y\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 2 (tables)", repeated("|-\nt>|-\n", 50_000) + "y\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 3", repeated("*t ", 40_000) + repeated("_t*_ ", 40_000) + "\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 4 (tables)", "x\n| - |\n" + repeated("|", 50_000) + "y\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 5 (autolink)", repeated("z_www.", 50_000) + "\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 6 (references)", "[f]:u\n\"\n" + repeated("[f]\n", 50_000) + "[f]:u \"t\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 7 (autolink)", "www." + repeated(")", 50_000) + "\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 8 (tables)", ":-\n" + repeated(":\n", 50_000) + ":-\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 9 (autolink)", repeated("<http://s", 50_000) + "\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 10 (strikethrough)", "~e" + repeated(",z~~", 50_000) + "\n"),
        ("CVE-2023-22483 GHSA-29g3-96g3-jg6c 11 (blockquotes)", repeated(">", 10_000) + repeated(".", 10_000) + "\n"),
        ("CVE-2023-24824 GHSA-66g8-4hjf-77xh 1", repeated(">", 10_000) + repeated("a*", 10_000) + "\n"),
        ("CVE-2023-24824 GHSA-66g8-4hjf-77xh 2", repeated(" -", 10_000) + "x" + repeated("\n", 10_000)),
        ("CVE-2023-26485 GHSA-r8vr-c48j-fcc5 1", repeated("_", 10_000) + "." + repeated("_", 10_000)),
        ("CVE-2023-26485 GHSA-r8vr-c48j-fcc5 2", "1.\n" + repeated(" 2.\n", 10_000)),
        ("CVE-2023-26485 GHSA-r8vr-c48j-fcc5 3", repeated(" -", 10_000) + "x\n"),
        ("CVE-2023-37463 GHSA-w4qg-3vf7-m9x5 1 (70,000 columns)", "|" + repeated("x|", 70_000) + "\n|" + repeated("-|", 70_000) + "\n"),
        ("CVE-2023-37463 GHSA-w4qg-3vf7-m9x5 2 (columns × rows)",
         "|" + repeated("x|", 10_000) + "\n|" + repeated("-|", 10_000) + "\n" + repeated("a\n", 10_000)),
        ("CVE-2023-37463 GHSA-w4qg-3vf7-m9x5 3 (footnotes)", repeated("[^1]:\n", 50_000) + repeated("\n", 50_000)),
        ("over the size cap", repeated("a", (1 << 20) + 1)),
    ]

    @Test(arguments: triggers.indices)
    func everyPublishedTriggerIsRefusedOrQuick(_ index: Int) {
        let (advisory, markdown) = Self.triggers[index]
        let clock = ContinuousClock()
        var outcome = ""
        let elapsed = clock.measure {
            do {
                let pages = try PlaybookLoader().load([
                    PlaybookSource(relativePath: "attack.md", displayPath: "Content/playbooks/attack.md", text: markdown),
                ])
                outcome = "rendered \(pages.first?.html.utf8.count ?? 0) bytes"
            } catch let error as DiagnosticList {
                outcome = "refused: " + (error.diagnostics.first?.message ?? "")
                #expect(error.diagnostics.first?.location.file == "Content/playbooks/attack.md")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect(elapsed < Self.bound, "\(advisory): \(outcome) after \(elapsed)")
    }

    /// The slowest shapes just inside the guard's limits (measured against 0.29.0.gfm.6).
    static let edges: [(String, String)] = [
        ("tables", repeated("|-\nt>|-\n", 2_300)),
        ("nested lists", repeated(" -", 11_500) + "x" + repeated("\n", 11_500)),
        ("autolink", repeated("z_www.", 5_700)),
        ("table cells", "|" + repeated("x|", 310) + "\n|" + repeated("-|", 310) + "\n" + repeated("a\n", 310)),
        ("many blocks", repeated(repeated("|-\nt>|-\n", 570) + "\n\n", 16)),
    ]

    /// The slowest shapes the guard lets through still finish quickly: the guard is tight enough.
    @Test(arguments: edges.indices)
    func inputsJustInsideTheLimitsFinishQuickly(_ index: Int) throws {
        let (name, markdown) = Self.edges[index]
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            _ = try PlaybookLoader().load([PlaybookSource(relativePath: "edge.md", displayPath: "edge.md", text: markdown)])
        }
        #expect(elapsed < Self.bound, "\(name) took \(elapsed)")
    }

    @Test func theRefusalSaysWhereAndWhatToDo() {
        let markdown = "# 标题\n\n正文\n\n" + Self.repeated("|-\nt>|-\n", 5_000)
        do {
            _ = try PlaybookLoader().load([PlaybookSource(relativePath: "a.md", displayPath: "Content/playbooks/a.md",
                                                          text: "---\ntitle: A\n---\n" + markdown)])
            Issue.record("expected a refusal")
        } catch {
            let diagnostic = error.diagnostics.first
            #expect(diagnostic?.location.description == "Content/playbooks/a.md:8")
            #expect(diagnostic?.message == "lines 8–10007 form one block of 25000 Markdown punctuation characters, more than Siyu parses safely")
            #expect(diagnostic?.description.hasPrefix("Content/playbooks/a.md:8: error: lines 8–10007") == true)
            #expect(diagnostic?.hint?.contains("blank lines") == true)
        }
    }

    @Test func theSizeCapIsConfigurableAndNamesTheLimit() {
        let loader = PlaybookLoader(sizeCap: 2048)
        do {
            _ = try loader.load([PlaybookSource(relativePath: "a.md", displayPath: "a.md", text: Self.repeated("字", 1000))])
            Issue.record("expected a refusal")
        } catch {
            #expect(error.diagnostics.first?.message == "the file is 3 KiB, over the 2 KiB limit for one playbook")
            #expect(error.diagnostics.first?.hint?.contains("max_file_size") == true)
        }
    }

    /// Twenty 200-row tables: a very long playbook, still well inside the limits.
    @Test func bigRealisticTablesAreInsideTheLimits() {
        var measure = MarkdownGuard.Measure(firstLine: 1)
        measure.scan(Self.repeated("| 指标 | 本期 | 上期 |\n|---|---:|---:|\n" + Self.repeated("| 复购率 | 31.2% | 28.0% |\n", 200) + "\n", 20))
        #expect(measure.squares < MarkdownGuard().punctuationBudget / 2)
        #expect(measure.cells == 20 * 202 * 3)
    }
}

@Suite struct CmarkVersionTests {
    @Test func theLinkedVersionIsReported() {
        #expect(CmarkVersion(MarkdownRenderer.libraryVersion) != nil)
        #expect(MarkdownRenderer.libraryVersion.hasPrefix("0."))
    }

    @Test(arguments: [("0.29.0.gfm.6", true), ("0.29.0.gfm.12", true), ("0.29.0.gfm.13", false), ("0.29.0.gfm.14", false),
                      ("0.30.0.gfm.1", false), ("0.28.3.gfm.20", true), ("1.0.0", false)])
    func olderThanGfm13Warns(_ version: String, _ warns: Bool) {
        let warning = MarkdownRenderer.cmarkVersionWarning(for: version)
        #expect((warning != nil) == warns)
        if let warning { #expect(warning.contains(version) && warning.contains("0.29.0.gfm.13")) }
    }

    @Test func anUnreadableVersionWarnsToo() {
        #expect(MarkdownRenderer.cmarkVersionWarning(for: "weird")?.contains("cannot tell") == true)
    }
}

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("<p label=\"正文\">为什么 &amp; 怎么做</p><p>第二段</p>", "为什么 & 怎么做 第二段"),
        ("<style>p{color:red}</style><div>正文<script>alert(1)</script>尾</div>", "正文 尾"),
        ("a &#125;&#x7D; &nbsp;b &unknown; c", "a }} b &unknown; c"),
        ("未闭合 <b", "未闭合"),
    ])
    func plainText(_ html: String, _ text: String) {
        #expect(HTMLText.plainText(html) == text)
    }
}
