#include "CSiyuScan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

long siyu_split_plain_line(const uint8_t *bytes, long start, long end, uint8_t delimiter, long fieldSizeCap,
                           long *ends, long capacity) {
    long count = 0, index = start;
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
        splits &= before;
        // Room for the chunk's fields is checked once, not per field, and counted only when it may be short.
        if (count + 16 > capacity && count + __builtin_popcount(splits) > capacity) return -2;
        for (; splits; splits &= splits - 1) ends[count++] = index + __builtin_ctz(splits);
        if (stops) {
            index += __builtin_ctz(stops);
            goto lineEnd;
        }
    }
#endif
    for (; index < end; index++) {
        const uint8_t byte = bytes[index];
        if (byte == '"') return -1;
        if (byte == '\n' || byte == '\r') break;
        if (byte == delimiter) {
            if (count == capacity) return -2;
            ends[count++] = index;
        }
    }
#if defined(__SSE2__)
lineEnd:
#endif
    if (count == capacity) return -2;
    ends[count++] = index;
    // No field of a line within the cap can be over it, so fields are measured only on a longer line.
    if (index - start > fieldSizeCap) {
        for (long field = 0, fieldStart = start; field < count; fieldStart = ends[field++] + 1) {
            if (ends[field] - fieldStart > fieldSizeCap) return -3;
        }
    }
    return count;
}
