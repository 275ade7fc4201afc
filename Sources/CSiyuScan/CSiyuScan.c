#include "CSiyuScan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Records a field's end; -2 past the capacity, -3 when the field is over the size cap, otherwise 0.
static inline long field_ends_at(long at, long *fieldStart, long fieldSizeCap, long *ends, long *count, long capacity) {
    if (*count == capacity) return -2;
    if (at - *fieldStart > fieldSizeCap) return -3;
    ends[(*count)++] = at;
    *fieldStart = at + 1;
    return 0;
}

long siyu_split_plain_line(const uint8_t *bytes, long start, long end, uint8_t delimiter, long fieldSizeCap,
                           long *ends, long capacity) {
    long count = 0, fieldStart = start, index = start, failure;
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi8((char)delimiter);
    const __m128i lineFeeds = _mm_set1_epi8('\n');
    const __m128i returns = _mm_set1_epi8('\r');
    const __m128i quotes = _mm_set1_epi8('"');
    for (; index + 16 <= end; index += 16) {
        const __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
        const unsigned stops = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, lineFeeds),
                                                                        _mm_cmpeq_epi8(chunk, returns)));
        const unsigned quoted = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, quotes));
        unsigned splits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, delimiters));
        // Only the bytes before the line end belong to this line.
        const unsigned before = stops ? (1u << __builtin_ctz(stops)) - 1 : 0xFFFFu;
        if (quoted & before) return -1;
        for (splits &= before; splits; splits &= splits - 1) {
            if ((failure = field_ends_at(index + __builtin_ctz(splits), &fieldStart, fieldSizeCap, ends, &count, capacity))) {
                return failure;
            }
        }
        if (stops) {
            failure = field_ends_at(index + __builtin_ctz(stops), &fieldStart, fieldSizeCap, ends, &count, capacity);
            return failure ? failure : count;
        }
    }
#endif
    for (; index < end; index++) {
        const uint8_t byte = bytes[index];
        if (byte == '"') return -1;
        if (byte == '\n' || byte == '\r') break;
        if (byte == delimiter && (failure = field_ends_at(index, &fieldStart, fieldSizeCap, ends, &count, capacity))) {
            return failure;
        }
    }
    failure = field_ends_at(index, &fieldStart, fieldSizeCap, ends, &count, capacity);
    return failure ? failure : count;
}
