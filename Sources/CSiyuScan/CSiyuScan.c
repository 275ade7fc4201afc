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

// UTF-8 checked 32 bytes at a time with three table lookups per byte pair, after Keiser and Lemire, "Validating
// UTF-8 in less than one instruction per byte" (2021). Each byte is classified with the byte before it: the high
// nibble of that earlier byte, its low nibble and the high nibble of this byte each give a set of the errors the
// pair could be, and the errors all three agree on are real. Only a continuation byte after a continuation byte
// needs a look further back: it is an error unless a three- or four-byte lead sits two or three bytes earlier.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#include <string.h>

enum {
    tooShort = 1 << 0,     // a lead byte not followed by a continuation byte
    tooLong = 1 << 1,      // a continuation byte after an ASCII byte
    overlong3 = 1 << 2,    // E0 80..9F
    tooLarge = 1 << 3,     // F4 90..BF, F5..FF 90..BF
    surrogate = 1 << 4,    // ED A0..BF
    overlong2 = 1 << 5,    // C0 or C1, then a continuation byte
    overlong4 = 1 << 6,    // F0 80..8F; shares its bit with F5..FF 80..8F, which the same tables catch
    twoContinuations = 1 << 7,
    carried = tooShort | tooLong | twoContinuations,
};

// Indexed by a nibble; each 128-bit lane of a shuffle looks up its own copy.
static const uint8_t earlierHigh[16] = {
    tooLong, tooLong, tooLong, tooLong, tooLong, tooLong, tooLong, tooLong,
    twoContinuations, twoContinuations, twoContinuations, twoContinuations,
    tooShort | overlong2, tooShort, tooShort | overlong3 | surrogate, tooShort | tooLarge | overlong4};
static const uint8_t earlierLow[16] = {
    carried | overlong2 | overlong3 | overlong4, carried | overlong2, carried, carried, carried | tooLarge,
    carried | tooLarge | overlong4, carried | tooLarge | overlong4, carried | tooLarge | overlong4,
    carried | tooLarge | overlong4, carried | tooLarge | overlong4, carried | tooLarge | overlong4,
    carried | tooLarge | overlong4, carried | tooLarge | overlong4, carried | tooLarge | overlong4 | surrogate,
    carried | tooLarge | overlong4, carried | tooLarge | overlong4};
static const uint8_t laterHigh[16] = {
    tooShort, tooShort, tooShort, tooShort, tooShort, tooShort, tooShort, tooShort,
    tooLong | overlong2 | twoContinuations | overlong3 | overlong4,
    tooLong | overlong2 | twoContinuations | overlong3 | tooLarge,
    tooLong | overlong2 | twoContinuations | surrogate | tooLarge,
    tooLong | overlong2 | twoContinuations | surrogate | tooLarge,
    tooShort, tooShort, tooShort, tooShort};

__attribute__((target("avx2")))
static __m256i siyu_lookup(const uint8_t table[16], __m256i nibbles) {
    return _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)table)), nibbles);
}

__attribute__((target("avx2")))
static __m256i siyu_utf8_errors(__m256i input, __m256i previous) {
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    // For each of the 32 bytes, the byte one, two and three places before it.
    const __m256i seam = _mm256_permute2x128_si256(previous, input, 0x21);
    const __m256i back1 = _mm256_alignr_epi8(input, seam, 15);
    const __m256i back2 = _mm256_alignr_epi8(input, seam, 14);
    const __m256i back3 = _mm256_alignr_epi8(input, seam, 13);
    const __m256i pairs = _mm256_and_si256(
        _mm256_and_si256(siyu_lookup(earlierHigh, _mm256_and_si256(_mm256_srli_epi16(back1, 4), nibble)),
                         siyu_lookup(earlierLow, _mm256_and_si256(back1, nibble))),
        siyu_lookup(laterHigh, _mm256_and_si256(_mm256_srli_epi16(input, 4), nibble)));
    // Bit 7 set where this byte must be a third or fourth byte: E0..FF two back, F0..FF three back.
    const __m256i expected = _mm256_and_si256(
        _mm256_or_si256(_mm256_subs_epu8(back2, _mm256_set1_epi8((char)(0xE0 - 0x80))),
                        _mm256_subs_epu8(back3, _mm256_set1_epi8((char)(0xF0 - 0x80)))),
        _mm256_set1_epi8((char)0x80));
    return _mm256_xor_si256(pairs, expected);
}

__attribute__((target("avx2")))
static int siyu_utf8_valid_avx2(const uint8_t *bytes, long count) {
    __m256i previous = _mm256_setzero_si256(), errors = _mm256_setzero_si256();
    long index = 0;
    for (; index + 32 <= count; index += 32) {
        const __m256i input = _mm256_loadu_si256((const __m256i *)(bytes + index));
        // ASCII after ASCII needs no tables; after other bytes they check that no character was cut off.
        if (_mm256_movemask_epi8(input) == 0 && _mm256_movemask_epi8(previous) == 0) {
            previous = input;
            continue;
        }
        errors = _mm256_or_si256(errors, siyu_utf8_errors(input, previous));
        previous = input;
    }
    // The tail, padded with zeros: a character cut off by the end meets ASCII, which the tables flag.
    uint8_t tail[32] = {0};
    if (count > index) memcpy(tail, bytes + index, (size_t)(count - index));
    errors = _mm256_or_si256(errors, siyu_utf8_errors(_mm256_loadu_si256((const __m256i *)tail), previous));
    return _mm256_testz_si256(errors, errors);
}
#endif

int siyu_utf8_valid(const uint8_t *bytes, long count) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx2")) return siyu_utf8_valid_avx2(bytes, count);
#endif
    (void)bytes;
    (void)count;
    return -1;
}
