/// How text becomes search tokens, at build time here and at query time in `Templates/assets/search.js`, which
/// mirrors these rules (keep the two in step):
/// - normalise: lower-case, full-width ASCII (`ＳＯＰ`) to ASCII, the ideographic space to a space;
/// - Chinese, Japanese and Korean characters have no word spaces, so each run of them gives every pair of
///   neighbours (bigrams): `复购率` → 复购, 购率; a lone character (`第1步` → 第, 步) is its own token. A search
///   for one character looks through the bigrams holding it, so single characters need no postings of their own;
/// - any other run of letters and digits is one lower-case word: `SOP` → sop, `repurchase_rate` → repurchase, rate.
package enum SearchTokenizer {
    package enum Run: Hashable, Sendable {
        case cjk(String)
        case word(String)
    }

    package static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0).map { $0 } ?? scalar)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        // Full-width capitals become ASCII capitals: lower-case once more.
        return String(scalars).lowercased()
    }

    /// Han, kana, Hangul and CJK compatibility ideographs.
    package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// A letter or digit (Unicode categories L and N, JavaScript's `[\p{L}\p{N}]`).
    package static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    /// The normalised text's runs of CJK characters and of other letters and digits, in order.
    package static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        var current = String.UnicodeScalarView()
        var currentIsCJK = false
        func flush() {
            if !current.isEmpty { runs.append(currentIsCJK ? .cjk(String(current)) : .word(String(current))) }
            current = String.UnicodeScalarView()
        }
        for scalar in normalize(text).unicodeScalars {
            if isCJK(scalar) {
                if !currentIsCJK { flush() }
                currentIsCJK = true
                current.append(scalar)
            } else if isWordCharacter(scalar) {
                if currentIsCJK { flush() }
                currentIsCJK = false
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    /// Every token of `text`: CJK bigrams (a lone character alone), and whole words.
    package static func tokens(_ text: String) -> Set<String> {
        var tokens: Set<String> = []
        for run in runs(text) {
            switch run {
            case .word(let word):
                tokens.insert(word)
            case .cjk(let characters):
                let scalars = Array(characters.unicodeScalars)
                if scalars.count == 1 { tokens.insert(characters) }
                for index in scalars.indices.dropLast() {
                    var pair = String.UnicodeScalarView()
                    pair.append(scalars[index])
                    pair.append(scalars[index + 1])
                    tokens.insert(String(pair))
                }
            }
        }
        return tokens
    }
}
