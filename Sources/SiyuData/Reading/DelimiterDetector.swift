/// Comma unless the header line has more tabs than commas (Excel "Unicode Text" is tab-separated).
enum DelimiterDetector {
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> UInt8 {
        var commas = 0
        var tabs = 0
        var inQuotes = false
        var sawText = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            if byte == .quote { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == .lf || byte == .cr {
                if sawText { break }
                continue  // blank lines before the header
            }
            sawText = true
            if byte == .comma { commas += 1 } else if byte == .tab { tabs += 1 }
        }
        return tabs > commas ? .tab : .comma
    }
}
