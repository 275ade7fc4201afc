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
        forEachNormalized(text) { scalars.append($0) }
        return String(scalars)
    }

    /// The scalars of `normalize(text)`, one by one, without building the string: lower-case (as
    /// `String.lowercased()`, scalar by scalar), full-width ASCII to ASCII and lower-case again, U+3000 to a space.
    /// ASCII and CJK, nearly all of a handbook, take the short way.
    static func forEachNormalized(_ text: String, _ body: (Unicode.Scalar) -> Void) {
        func lowerASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
        }
        func widthFolded(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                guard let ascii = Unicode.Scalar(scalar.value - 0xFEE0) else { return body(scalar) }
                body(lowerASCII(ascii))
            case 0x3000: body(" ")
            case 0..<0x80: body(scalar) // already lower-case
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { body(lower) }
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                body(lowerASCII(scalar))
            } else if isCJK(scalar) {
                body(scalar) // no case
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { widthFolded(lower) }
            }
        }
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
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// Calls `body` with each run of the normalised text (CJK or not, and its scalars), in order.
    static func forEachRun(_ text: String, _ body: (_ isCJK: Bool, _ scalars: [Unicode.Scalar]) -> Void) {
        var current: [Unicode.Scalar] = []
        current.reserveCapacity(64)
        var currentIsCJK = false
        func flush() {
            if !current.isEmpty { body(currentIsCJK, current) }
            current.removeAll(keepingCapacity: true)
        }
        forEachNormalized(text) { scalar in
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
    }

    /// The normalised text's runs of CJK characters and of other letters and digits, in order.
    package static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        forEachRun(text) { isCJK, scalars in
            let string = String(String.UnicodeScalarView(scalars))
            runs.append(isCJK ? .cjk(string) : .word(string))
        }
        return runs
    }

    /// Every token of `text`: CJK bigrams (a lone character alone), and whole words. The same tokens as `runs`
    /// gives.
    package static func tokens(_ text: String) -> Set<String> { TokenSet(text).strings }

    /// A text's distinct tokens, found in one pass with no string made per occurrence: bigrams as two scalars packed
    /// in an integer, words (and lone CJK characters) of up to 7 UTF-8 bytes packed in one too, longer words as
    /// their bytes. (At N=10,000 playbooks the closure-per-scalar version with a string per token was 13% of the
    /// build; a struct rather than local closures over local variables, which Swift checks for exclusive access at
    /// run time on every scalar, no string per punctuation mark and no array per short word, halved the rest.)
    package struct TokenSet: Sendable {
        /// Bigrams (`first << 32 | second`; bit 63 clear) and short words (bit 63 set, the length in bits 56–62,
        /// the bytes from bit 0 up).
        package private(set) var packed = PackedTokenSet()
        /// Words of 8 bytes or more.
        package private(set) var words: Set<[UInt8]> = []
        private var run: [Unicode.Scalar] = []
        private var runIsCJK = false
        private var utf8: [UInt8] = []

        package init(_ text: String) {
            run.reserveCapacity(64)
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    let value = scalar.value
                    take((0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
                } else if isCJK(scalar) {
                    take(scalar)
                } else {
                    switch scalar.value {
                    // Shortcuts that `forEachNormalized` agrees with (SearchIndexTests checks every scalar): CJK
                    // punctuation has no case and is not folded, but U+3000, a space; full-width ASCII is folded
                    // to lower-case ASCII.
                    case 0x3000: take(" ")
                    case 0x3001...0x303F: take(scalar)
                    case 0xFF01...0xFF5E:
                        let ascii = scalar.value - 0xFEE0
                        take(Unicode.Scalar(UInt8((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii)))
                    default:
                        var one = ""
                        one.unicodeScalars.append(scalar)
                        forEachNormalized(one) { take($0) }
                    }
                }
            }
            flush()
            run = []
            utf8 = []
        }

        /// The tokens as strings, each distinct one made once.
        package var strings: Set<String> {
            var tokens: Set<String> = []
            tokens.reserveCapacity(packed.count + words.count)
            for word in words { tokens.insert(String(decoding: word, as: UTF8.self)) }
            for key in packed { tokens.insert(Self.string(key)) }
            return tokens
        }

        /// The bigram or short word packed in `key`, as a string.
        package static func string(_ key: UInt64) -> String {
            if key >> 63 == 1 {
                let count = Int(key >> 56 & 0x7F)
                return String(decoding: (0..<count).map { UInt8(truncatingIfNeeded: key >> (8 * $0)) }, as: UTF8.self)
            }
            var string = String.UnicodeScalarView()
            if let first = Unicode.Scalar(UInt32(key >> 32)), let second = Unicode.Scalar(UInt32(key & 0xFFFF_FFFF)) {
                string.append(first)
                string.append(second)
            }
            return String(string)
        }

        private mutating func take(_ scalar: Unicode.Scalar) {
            if isCJK(scalar) {
                if !runIsCJK { flush() }
                runIsCJK = true
                run.append(scalar)
            } else if isWordCharacter(scalar) {
                if runIsCJK { flush() }
                runIsCJK = false
                run.append(scalar)
            } else {
                flush()
            }
        }

        private mutating func flush() {
            guard let first = run.first else { return }
            defer { run.removeAll(keepingCapacity: true) }
            if runIsCJK, run.count > 1 {
                var previous = UInt64(first.value)
                for scalar in run.dropFirst() {
                    packed.insert(previous << 32 | UInt64(scalar.value))
                    previous = UInt64(scalar.value)
                }
                return
            }
            utf8.removeAll(keepingCapacity: true)
            for scalar in run {
                if scalar.isASCII {
                    utf8.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    utf8.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
                }
            }
            guard utf8.count <= 7 else {
                words.insert(utf8)
                return
            }
            var key = UInt64(1) << 63 | UInt64(utf8.count) << 56
            for (offset, byte) in utf8.enumerated() { key |= UInt64(byte) << (8 * offset) }
            packed.insert(key)
        }
    }
}
