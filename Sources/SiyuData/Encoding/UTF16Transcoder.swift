/// UTF-16 (Excel "Unicode Text") to UTF-8. An unpaired surrogate or an odd last byte stops it at that offset.
enum UTF16Transcoder {
    static func utf8(from input: UnsafeBufferPointer<UInt8>, range: Range<Int>, bigEndian: Bool,
                     release: (Range<Int>) -> Void) throws(TranscodeFailure) -> SourceBytes {
        var output = TranscodeOutput(capacity: range.count / 2 * 3 + 16)
        var index = range.lowerBound
        let end = range.upperBound
        var released = range.lowerBound
        func unit(at offset: Int) -> UInt32 {
            bigEndian ? UInt32(input[offset]) << 8 | UInt32(input[offset + 1])
                      : UInt32(input[offset + 1]) << 8 | UInt32(input[offset])
        }
        while index + 1 < end {
            var scalar = unit(at: index)
            var width = 2
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 3 < end, (0xDC00...0xDFFF).contains(unit(at: index + 2)) else {
                    throw TranscodeFailure(inputOffset: index, converted: output.finish(), truncated: index + 3 >= end)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (unit(at: index + 2) - 0xDC00)
                width = 4
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw TranscodeFailure(inputOffset: index, converted: output.finish(), truncated: false)
            }
            append(scalar, to: &output)
            index += width
            if index - released >= 1 << 24 {
                release(released..<index)
                released = index
            }
        }
        if index < end { throw TranscodeFailure(inputOffset: index, converted: output.finish(), truncated: true) }
        return output.finish()
    }

    private static func append(_ scalar: UInt32, to output: inout TranscodeOutput) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
