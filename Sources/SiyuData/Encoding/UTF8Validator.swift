import CSiyuScan

/// Checks UTF-8 well-formedness (no overlongs, no surrogates, nothing past U+10FFFF): the vector check in C where
/// the CPU has AVX2, and `scan` here, eight ASCII bytes at a time, everywhere else and to find where a range breaks.
enum UTF8Validator {
    struct Scan {
        /// Offset of the first byte that breaks UTF-8, if any.
        var invalidAt: Int?
        /// Where the next sequence starts (at or past the limit) when nothing was invalid.
        var next: Int
        /// Whether a well-formed non-ASCII character came before the stop.
        var sawNonASCII: Bool
    }

    /// Validates the sequences that start in `start..<limit`; the last one may run past `limit`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, upTo limit: Int) -> Scan {
        let count = bytes.count
        var index = start
        var sawNonASCII = false
        guard let base = bytes.baseAddress else { return Scan(invalidAt: nil, next: start, sawNonASCII: false) }
        let raw = UnsafeRawPointer(base)
        while index < limit {
            // Fast paths: four words of ASCII, a word of ASCII, and a three-byte character outside the ranges that
            // need a closer look (E0 overlongs, ED surrogates): Chinese text is nearly all of those. Together they
            // cut the check of the S=1 files from 514M to 384M instructions.
            if index + 32 <= limit,
               (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
                & 0x8080_8080_8080_8080 == 0 {
                index += 32
                continue
            }
            if index + 8 <= limit {
                let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
                if high == 0 {
                    index += 8
                    continue
                }
                // Straight to the first non-ASCII byte of the word.
                index += high.trailingZeroBitCount / 8
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if isPlainThreeByte(bytes, at: index) {
                // Chinese comes in runs: stay here while it lasts rather than retrying the ASCII words per
                // character. With the jump above, checking the S=1 contacts and touches went from 306M to 161M
                // instructions.
                index += 3
                sawNonASCII = true
                while index < limit, isPlainThreeByte(bytes, at: index) { index += 3 }
                continue
            }
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return Scan(invalidAt: index, next: index, sawNonASCII: sawNonASCII)
            }
            guard index + length <= count else { return Scan(invalidAt: index, next: index, sawNonASCII: sawNonASCII) }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return Scan(invalidAt: index, next: index, sawNonASCII: sawNonASCII) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return Scan(invalidAt: index, next: index, sawNonASCII: sawNonASCII)
            }
            index += length
            sawNonASCII = true
        }
        return Scan(invalidAt: nil, next: index, sawNonASCII: sawNonASCII)
    }

    /// A three-byte character outside the ranges that need a closer look (E0 overlongs, ED surrogates).
    @inline(__always)
    private static func isPlainThreeByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        return lead >= 0xE1 && lead <= 0xEF && lead != 0xED && index + 3 <= bytes.count
            && bytes[index + 1] & 0xC0 == 0x80 && bytes[index + 2] & 0xC0 == 0x80
    }

    /// Offset of the first byte that breaks UTF-8 in `range` (whole characters), or nil. The vector check in C
    /// clears a well-formed range at about 17 GB/s (touches.csv at S=10, 728 MB, in 0.04 s on one core); with it
    /// `siyu kpis` spends 0.11 s less CPU at S=10 (4.94 → 4.83 s) and takes 0.35 s instead of 0.39 s at S=1
    /// (medians of 10 alternating runs). Only a broken range is scanned again, to find where it breaks.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>? = nil) -> Int? {
        let range = range ?? 0..<bytes.count
        if vectorCheck(UnsafeBufferPointer(rebasing: bytes[range])) == true { return nil }
        return scan(bytes, from: range.lowerBound, upTo: range.upperBound).invalidAt
    }

    /// Whether the bytes are well-formed UTF-8 by themselves, from the vector check; nil where it cannot run.
    static func vectorCheck(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        let answer = siyu_utf8_valid(base, bytes.count)
        return answer < 0 ? nil : answer == 1
    }

    /// Whether the non-ASCII text from `start` on is mostly well-formed UTF-8 (checked over its first 4,096
    /// characters): true for a UTF-8 file with one damaged byte, false for GBK, where only about one pair in ten
    /// happens to form UTF-8.
    static func isMostlyUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        var good = 0
        var bad = 0
        while index < bytes.count, good + bad < 4096 {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let scan = scan(bytes, from: index, upTo: index + 1)
            if scan.invalidAt == nil {
                good += 1
                index = scan.next
            } else {
                bad += 1
                index += 1
            }
        }
        return good > 4 * bad
    }

    /// Valid three- and four-byte sequences (Chinese in UTF-8) before `end`. GBK byte pairs often pass as two-byte
    /// UTF-8 by chance, but almost never as three-byte sequences, so a few of these mean the file is UTF-8.
    static func longSequences(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int {
        var count = 0
        var index = 0
        while index < end {
            let lead = bytes[index]
            let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : 1
            if length > 1, index + length <= end, (1..<length).allSatisfy({ bytes[index + $0] & 0xC0 == 0x80 }) {
                count += 1
                index += length
            } else {
                index += 1
            }
        }
        return count
    }
}
