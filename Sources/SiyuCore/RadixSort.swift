/// Sorting of large lists of plain integers, a digit at a time (least significant first, 11 bits a pass, skipping
/// the digits every value shares). Putting the 2.7 million orders of the S=10 sample in time order took 0.29 s
/// with the standard library's comparison sort, 0.14–0.19 s with this.
package enum RadixSort {
    private static let digitBits = 11
    private static let radix = 1 << digitBits
    /// Below this many values a comparison sort is as fast.
    private static let smallCount = 256

    /// `values` ascending, −0 coming back as +0 (they are equal). NaN must not occur. Each value becomes an
    /// integer of the same order: the quintile edges of half a million RFM values took 0.05 s with the
    /// standard library's sort.
    package static func sorted(_ values: [Double]) -> [Double] {
        let sign: UInt64 = 1 << 63
        var keys = values.map { value in
            let bits = (value == 0 ? 0 : value).bitPattern
            return bits & sign == 0 ? bits | sign : ~bits
        }
        sort(&keys)
        return keys.map { Double(bitPattern: $0 & sign != 0 ? $0 & ~sign : ~$0) }
    }

    /// Sorts `values` ascending.
    package static func sort(_ values: inout [UInt64]) {
        guard values.count > smallCount else { return values.sort() }
        let passes = (64 + digitBits - 1) / digitBits, mask = UInt64(radix - 1)
        // Every pass's digit counts in one read of the values.
        var counts = [Int](repeating: 0, count: passes * radix)
        counts.withUnsafeMutableBufferPointer { counts in
            for value in values {
                for pass in 0..<passes { counts[pass * radix + Int(value >> UInt64(pass * digitBits) & mask)] += 1 }
            }
        }
        var scratch = [UInt64](repeating: 0, count: values.count)
        for pass in 0..<passes {
            let digits = pass * radix..<(pass + 1) * radix
            // A digit every value shares leaves the order as it is.
            guard !counts[digits].contains(values.count) else { continue }
            var next = [Int](repeating: 0, count: radix)
            var total = 0
            for digit in 0..<radix {
                next[digit] = total
                total += counts[digits.lowerBound + digit]
            }
            let shift = UInt64(pass * digitBits)
            values.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    next.withUnsafeMutableBufferPointer { next in
                        for value in source {
                            let digit = Int(value >> shift & mask)
                            target[next[digit]] = value
                            next[digit] += 1
                        }
                    }
                }
            }
            swap(&values, &scratch)
        }
    }
}
