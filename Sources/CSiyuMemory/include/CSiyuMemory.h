#ifndef CSIYUMEMORY_H
#define CSIYUMEMORY_H

/// Asks glibc to keep freed memory for reuse instead of returning it to the kernel (no-op elsewhere).
void siyu_keep_freed_memory(void);

#endif
