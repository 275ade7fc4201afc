#ifndef CSIYUSCAN_H
#define CSIYUSCAN_H

#include <stddef.h>
#include <stdint.h>

/// Splits the line of `bytes` that starts at `start` (and stops at `end`) at `delimiter`, when the line holds no
/// quote: writes each field's end offset to `ends` (the last one is the line end, at a CR, an LF or `end`) and
/// returns how many fields there are. Returns -1 when the line holds a quote, -2 when it has more than `capacity`
/// fields, -3 when a field is longer than `fieldSizeCap` bytes: the caller's general reader takes those lines.
/// Sixteen bytes a step where SSE2 is available.
long siyu_split_plain_line(const uint8_t *bytes, long start, long end, uint8_t delimiter, long fieldSizeCap,
                           long *ends, long capacity);

/// Whether the `count` bytes are well-formed UTF-8 on their own (1 or 0), checked 32 bytes a step with AVX2; -1
/// where AVX2 is missing, for the caller's own check.
int siyu_utf8_valid(const uint8_t *bytes, long count);

#endif
