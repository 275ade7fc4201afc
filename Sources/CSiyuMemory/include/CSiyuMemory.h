#ifndef CSIYUMEMORY_H
#define CSIYUMEMORY_H

#include <stddef.h>

/// Asks glibc to keep freed memory for reuse instead of returning it to the kernel (no-op elsewhere).
void siyu_keep_freed_memory(void);

/// Asks glibc for one arena shared by all threads, so that any thread reuses what another freed; call before
/// starting threads. Returns mallopt's answer: nonzero when accepted (0 off glibc).
int siyu_share_one_heap(void);

/// Whether a block of `bytes` comes from the heap rather than a mapping of its own (always true off Linux): how the
/// tests see that the tuning above is in effect.
int siyu_heap_serves(size_t bytes);

#endif
