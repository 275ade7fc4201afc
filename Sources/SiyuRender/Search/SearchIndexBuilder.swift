import SiyuContent
import SiyuCore
/// Collects search entries from every page and writes the index the browser loads: `assets/search-index.js`,
/// a script rather than JSON so it loads from `file://` too. The format (version 2):
///
///     window.SiyuSearchIndex = {"v":2,"kinds":{"handbook":"手册",…},
///       "docs":[[kind, title, context, href, text, keywords], …],
///       "terms":{"token":[first doc, gap, gap, …], …}};
///
/// `terms` maps each token (`SearchTokenizer`) to the docs holding it, ascending, written as the first index and
/// then the gaps between neighbours (small numbers: a third of the bytes). Keys are sorted and docs keep the order
/// they were added in, so the same site always gives the same bytes. The text kept for snippets is capped so that
/// all of it together stays under `snippetBudget` characters; the postings still cover every word.
package struct SearchIndexBuilder: Sendable {
    package static let outputPath = "assets/search-index.js"
    /// Characters of snippet text kept over all docs (about 6 MB of UTF-8 Chinese), and never fewer than
    /// `snippetFloor` per doc.
    package static let snippetBudget = 2_000_000
    static let snippetFloor = 160

    package private(set) var entries: [SearchEntry] = []
    /// Entries added so far by kind, title and link, to drop exact duplicates without hashing every text (a set of
    /// whole entries hashed 6 KB of Unicode-normalised text per page, one page at a time).
    private var seen: [String: [Int]] = [:]

    package init() {}

    package mutating func add(_ entry: SearchEntry) {
        guard !entry.title.isEmpty else { return }
        let key = entry.kind.rawValue + "\u{0}" + entry.title + "\u{0}" + entry.href
        if let same = seen[key], same.contains(where: { entries[$0] == entry }) { return }
        seen[key, default: []].append(entries.count)
        entries.append(entry)
    }

    package mutating func add(contentsOf entries: [SearchEntry]) {
        for entry in entries { add(entry) }
    }

    /// token → ascending doc indexes. Docs are tokenised on every core, then merged in doc order.
    package func postings() -> [String: [Int]] {
        let entries = entries
        let tokens = Parallel.map(entries) { entry in
            SearchTokenizer.TokenSet([entry.title, entry.context, entry.text, entry.keywords].joined(separator: " "))
        }
        // Merged in two shards, one per core, by a bit of each token; the shards hold different tokens, so they
        // simply add up. Bigrams and short words stay integers until each distinct one becomes a string: hashing a string per doc
        // and token was most of the merge.
        let shards = Parallel.map(2) { shard in
            var pairs: [UInt64: [Int]] = [:]
            var words: [[UInt8]: [Int]] = [:]
            for (index, docTokens) in tokens.enumerated() {
                for key in docTokens.packed where Int(key & 1) == shard { pairs[key, default: []].append(index) }
                for word in docTokens.words where (word.count + Int(word.last ?? 0)) & 1 == shard {
                    words[word, default: []].append(index)
                }
            }
            // Sorted, so that tokens Swift's strings hold equal (canonically equivalent, such as a compatibility
            // ideograph and its unified one) always merge the same way.
            return pairs.sorted { $0.key < $1.key }.map { (SearchTokenizer.TokenSet.string($0.key), $0.value) }
                + words.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { (String(decoding: $0.key, as: UTF8.self), $0.value) }
        }
        var postings: [String: [Int]] = [:]
        postings.reserveCapacity(shards[0].count + shards[1].count)
        for (token, docs) in shards[0] + shards[1] {
            if let earlier = postings[token] {
                postings[token] = Self.union(earlier, docs)
            } else {
                postings[token] = docs
            }
        }
        return postings
    }

    /// Two ascending lists as one, each doc once.
    static func union(_ first: [Int], _ second: [Int]) -> [Int] {
        Array(Set(first).union(second)).sorted()
    }

    /// `"token":[first doc,gap,gap,…]` for every token, sorted, one a line. Written as bytes: a string per number,
    /// joined, was 1.7 G of the 40.6 G instructions of a 10,000-playbook build, all of it after the pages.
    static func terms(_ postings: [String: [Int]]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(postings.count * 16 + postings.values.reduce(0) { $0 + $1.count * 3 })
        for (index, (token, docs)) in postings.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out += ",\n".utf8 }
            out += JSONText.string(token).utf8
            out += ":[".utf8
            var previous = 0
            for (position, doc) in docs.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                appendDecimal(doc - previous, to: &out)
                previous = doc
            }
            out.append(UInt8(ascii: "]"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `String(value)`'s digits, appended.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value != 0 else { return out.append(UInt8(ascii: "0")) }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let start = out.count
        var rest = value.magnitude
        while rest > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        out[start...].reverse()
    }

    /// The most snippet characters a doc keeps: everything on a small site, a fair share on a big one.
    func snippetCap() -> Int {
        // Counted only until the budget is passed: counting every character of a big handbook was 1% of its build.
        var total = 0
        for entry in entries where total <= Self.snippetBudget { total += entry.text.count }
        guard total > Self.snippetBudget else { return Int.max }
        return max(Self.snippetFloor, Self.snippetBudget / max(entries.count, 1))
    }

    package func javascript(kindLabels: [SearchEntry.Kind: String]) -> String {
        let cap = snippetCap()
        var json = "{\"v\":2,\"kinds\":{"
        json += SearchEntry.Kind.allCases.map { JSONText.string($0.rawValue) + ":" + JSONText.string(kindLabels[$0] ?? $0.rawValue) }
            .joined(separator: ",")
        json += "},\"docs\":[\n"
        json += Parallel.map(entries) { entry in
            "[" + [entry.kind.rawValue, entry.title, entry.context, entry.href, Self.snippet(entry.text, cap: cap),
                   Self.compact(entry.keywords)].map(JSONText.string).joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        json += "\n],\"terms\":{\n"
        json += Self.terms(postings())
        json += "\n}}"
        return "// Generated by Siyu: the site's search index (see SearchIndexBuilder.swift).\nwindow.SiyuSearchIndex = "
            + json + ";\n"
    }

    /// The first `cap` characters of the compacted text. Compacting only shrinks text, so compacting a prefix
    /// of four times the cap almost always gives enough: at N=10,000 (cap 200) compacting whole 6 KB texts was
    /// 4% of the build.
    static func snippet(_ text: String, cap: Int) -> String {
        SimpleSnippet.snippet(text, cap: cap) ?? generalSnippet(text, cap: cap)
    }

    static func generalSnippet(_ text: String, cap: Int) -> String {
        if cap < Int.max / 4 {
            let head = compact(String(text.prefix(cap * 4)))
            if head.count >= cap { return String(head.prefix(cap)) }
        }
        return String(compact(text).prefix(cap))
    }

    /// Whitespace runs collapsed: snippets read as one line and the index stays small.
    static func compact(_ text: String) -> String { HTMLEscaping.collapseSpaces(text) }
}
