#ifndef CSIYUMEMORY_H
#define CSIYUMEMORY_H

/// Asks glibc to keep freed memory for reuse instead of returning it to the kernel (no-op elsewhere). Call it
/// before any thread starts.
void siyu_keep_freed_memory(void);

#endif
