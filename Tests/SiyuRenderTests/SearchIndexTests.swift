import Testing
@testable import SiyuContent
@testable import SiyuMetrics
@testable import SiyuRender

/// Tokenising (mirrored by search.js), the index format, and what the handbook and the KPIs put in it.
@Suite struct SearchIndexTests {
    @Test(arguments: [
        ("复购率", ["复购", "购率"]),
        ("复购 SOP", ["复购", "sop"]),
        ("复购SOP第一步", ["复购", "sop", "第一", "一步"]),
        ("第1步", ["第", "1", "步"]),
        ("repurchase_rate", ["repurchase", "rate"]),
        ("ＳＯＰ　Ａ/B 测试", ["sop", "a", "b", "测试"]),
        ("K 系数 0.03", ["k", "系数", "0", "03"]),
        ("Ünïcode カタカナ", ["ünïcode", "カタ", "タカ", "カナ"]),
        ("  ，。！ ", []),
    ])
    func tokens(_ text: String, _ expected: [String]) {
        #expect(SearchTokenizer.tokens(text) == Set(expected))
    }

    /// `tokens` takes shortcuts for ASCII, CJK and their punctuation; over every scalar up to plane 2, in a word and
    /// between Chinese characters, it gives what the runs of the normalised text give.
    @Test func tokensAgreeWithRunsForEveryScalar() {
        func reference(_ text: String) -> Set<String> {
            Set(SearchTokenizer.runs(text).flatMap { run -> [String] in
                switch run {
                case .word(let word): return [word]
                case .cjk(let chars):
                    let scalars = Array(chars.unicodeScalars)
                    guard scalars.count > 1 else { return [chars] }
                    return (0..<scalars.count - 1).map { String(String.UnicodeScalarView(scalars[$0...$0 + 1])) }
                }
            })
        }
        for chunk in stride(from: 0, to: 0x30000, by: 512) {
            var text = String.UnicodeScalarView()
            for value in chunk..<chunk + 512 {
                guard let scalar = Unicode.Scalar(value) else { continue }
                text.append(contentsOf: "x".unicodeScalars)
                text.append(scalar)
                text.append(contentsOf: "复".unicodeScalars)
                text.append(scalar)
                text.append(contentsOf: "购 ".unicodeScalars)
            }
            let string = String(text)
            #expect(SearchTokenizer.tokens(string) == reference(string), "scalars from \(chunk)")
        }
    }

    /// Snippets of plain Chinese and ASCII text take a shortcut (SimpleSnippet); it must cut exactly where the
    /// general code cuts, for any mix of spaces, line breaks and characters, and give up on anything else.
    @Test func simpleSnippetsMatchTheGeneralOnes() {
        let alphabet = ["a", "Z", " ", "  ", "\n", "\r\n", "\t", "　", "复", "购", "，", "。", "！", "Ａ", "〆", "<", "&",
                        "\u{302A}", "é", "e\u{301}", "😀", "\u{85}", "\u{A0}"]
        var seed: UInt64 = 7
        var simple = 0
        for _ in 0..<4000 {
            var text = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(Int(seed >> 59) + 1) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += alphabet[Int(seed >> 33) % (seed >> 62 == 0 ? alphabet.count : 16)]
            }
            for cap in [1, 2, 3, 5, 8, 13, Int.max] {
                let fast = SimpleSnippet.snippet(text, cap: cap)
                if fast != nil { simple += 1 }
                #expect(SearchIndexBuilder.snippet(text, cap: cap) == SearchIndexBuilder.generalSnippet(text, cap: cap),
                        "\(text.debugDescription) cap \(cap)")
                if let fast {
                    #expect(Array(fast.utf8) == Array(SearchIndexBuilder.generalSnippet(text, cap: cap).utf8))
                }
            }
        }
        #expect(simple > 10_000)
    }

    @Test func runsSeparateChineseFromWords() {
        #expect(SearchTokenizer.runs("复购SOP 第1步") == [.cjk("复购"), .word("sop"), .cjk("第"), .word("1"), .cjk("步")])
    }

    @Test func theIndexIsAScriptWithSortedTermsAndAscendingPostings() {
        var builder = SearchIndexBuilder()
        builder.add(SearchEntry(kind: .handbook, title: "复购活动", context: "运营手册 › SOP", href: "playbooks/sop/repurchase.html",
                                text: "按饮用周期  提醒\n复购", keywords: "repurchase_rate"))
        builder.add(SearchEntry(kind: .kpi, title: "复购率", context: "概览", href: "index.html#kpi-repurchase_rate",
                                text: "本期 31.2%", keywords: "repurchase_rate Repurchase rate"))
        builder.add(SearchEntry(kind: .kpi, title: "复购率", context: "概览", href: "index.html#kpi-repurchase_rate",
                                text: "本期 31.2%", keywords: "repurchase_rate Repurchase rate")) // a duplicate is dropped
        #expect(builder.entries.count == 2)
        #expect(builder.postings()["复购"] == [0, 1])
        #expect(builder.postings()["repurchase"] == [0, 1])
        #expect(builder.postings()["周期"] == [0])
        #expect(builder.postings()["31"] == [1])
        let script = builder.javascript(kindLabels: [.handbook: "手册", .kpi: "指标", .page: "看板"])
        #expect(script.hasPrefix("// Generated by Siyu"))
        #expect(script.contains("\"复购\":[0,1]")) // the first doc, then the gap to the next
        #expect(script.contains("\"31\":[1]"))
        #expect(script.contains("window.SiyuSearchIndex = {\"v\":2,\"kinds\":{\"handbook\":\"手册\",\"kpi\":\"指标\",\"page\":\"看板\"},\"docs\":["))
        #expect(script.contains("[\"handbook\",\"复购活动\",\"运营手册 › SOP\",\"playbooks/sop/repurchase.html\",\"按饮用周期 提醒 复购\",\"repurchase_rate\"]"))
        let keys = script.components(separatedBy: "\"terms\":{\n")[1].split(separator: "\n").map { $0.prefix { $0 != ":" } }
        #expect(keys.dropLast() == keys.dropLast().sorted())
        #expect(script == builder.javascript(kindLabels: [.handbook: "手册", .kpi: "指标", .page: "看板"]))
    }

    @Test func aBigSiteKeepsShorterSnippetsButIndexesEveryWord() {
        var builder = SearchIndexBuilder()
        let long = String(repeating: "复购提醒", count: 200) + " 结尾词"
        for index in 0..<3_000 {
            builder.add(SearchEntry(kind: .handbook, title: "第 \(index) 篇", context: "手册", href: "p\(index).html", text: long))
        }
        #expect(builder.snippetCap() == SearchIndexBuilder.snippetBudget / 3_000)
        let script = builder.javascript(kindLabels: [:])
        #expect(!script.contains("结尾词\""))
        #expect(builder.postings()["结尾"]?.count == 3_000)
        var small = SearchIndexBuilder()
        small.add(SearchEntry(kind: .handbook, title: "一篇", context: "手册", href: "a.html", text: long))
        #expect(small.snippetCap() == Int.max)
    }

    @Test func stringsAreEscapedForAScript() {
        #expect(JSONText.string("a\"b\\c</script>\u{2028}\n\u{1}") == "\"a\\\"b\\\\c\\u003c/script\\u003e\\u2028\\n\\u0001\"")
        #expect(JSONText.string("\u{2029}\u{2027}\u{E2}\u{1F}&>\t\r复😀") == "\"\\u2029\u{2027}\u{E2}\\u001f\\u0026\\u003e\\t\\r复😀\"")
    }

    @Test func theSiteIndexHasPagesSectionsAndKPIsWithoutPlaceholders() throws {
        let pages = try SiteRenderer(templates: .builtIn).render(try HandbookPagesTests.context(HandbookPagesTests.handbook))
        let script = String(decoding: try #require(pages[SearchIndexBuilder.outputPath]), as: UTF8.self)
        // A page, one of its h2 sections (with its anchor), a KPI card.
        #expect(script.contains("[\"handbook\",\"目标\",\"运营手册 › 定策略\",\"playbooks/strategy/goals.html\""))
        #expect(script.contains("[\"handbook\",\"北极星\",\"运营手册 › 定策略 › 目标\",\"playbooks/strategy/goals.html#北极星\",\"正文 0\""))
        #expect(script.contains("[\"kpi\",\"新增客户数\",\"概览 › 客户池\",\"index.html#kpi-pool_new\""))
        // Pages are found by the KPIs they declare, in both languages.
        #expect(script.contains("\"pool_new 新增客户数 New contacts"))
        #expect(!script.contains("\u{E000}"))
        // The same inputs give the same bytes.
        let again = try SiteRenderer(templates: .builtIn).render(try HandbookPagesTests.context(HandbookPagesTests.handbook))
        #expect(again[SearchIndexBuilder.outputPath] == pages[SearchIndexBuilder.outputPath])
    }

    @Test func theHeaderSearchBoxIsOnEveryPageAndWorksWithoutTheOverlay() throws {
        let pages = try SiteRenderer(templates: .builtIn).render(try HandbookPagesTests.context(HandbookPagesTests.handbook))
        for path in ["index.html", "playbooks/index.html", "playbooks/sop/daily/morning.html", "search.html"] {
            let page = String(decoding: try #require(pages[path]), as: UTF8.self)
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(page.contains("<form class=\"site-search\" role=\"search\" action=\"\(root)search.html\" method=\"get\" data-root=\"\(root)\""))
            #expect(page.contains("<script src=\"\(root)assets/search.js\"></script>"))
        }
        let search = String(decoding: try #require(pages["search.html"]), as: UTF8.self)
        #expect(search.contains("<ol id=\"search-page-results\" class=\"search-results\"></ol>"))
        #expect(search.contains("<noscript>"))
    }

    /// The terms section written as bytes reads as the strings it replaced: first doc, then gaps, tokens sorted.
    @Test func termsAreWrittenAsFirstDocAndGaps() {
        let postings = ["复购": [0, 3, 12, 1_000_007], "sop": [9], "\"q\"": [2, 10]]
        let expected = postings.sorted { $0.key < $1.key }.map { token, docs in
            JSONText.string(token) + ":[" + zip(docs, [0] + docs).map { String($0 - $1) }.joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        #expect(SearchIndexBuilder.terms(postings) == expected)
        for value in [0, 1, 9, 10, 99, 100, 12_345, Int.max, -1, -907] {
            var out: [UInt8] = []
            SearchIndexBuilder.appendDecimal(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
        }
    }
}
