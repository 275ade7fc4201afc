#include "CSiyuMemory.h"

#if defined(__GLIBC__)
#include <limits.h>
#include <malloc.h>

void siyu_keep_freed_memory(void) {
    // Blocks over 128 KiB are mmap'ed and unmapped on free by default, so every large array is faulted in page by
    // page again; 32 MiB is the largest threshold glibc accepts. Never trim the heap top either.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, INT_MAX);
}
#else
void siyu_keep_freed_memory(void) {}
#endif
