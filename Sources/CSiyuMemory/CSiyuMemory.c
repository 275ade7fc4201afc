#include "CSiyuMemory.h"

// Any libc header defines __GLIBC__ (through <features.h>); without one first, the test below is always false,
// as it was, unnoticed, from 912da7c to 3991a2c.
#include <limits.h>
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>

void siyu_keep_freed_memory(void) {
    // Blocks over 128 KiB are mmap'ed and unmapped on free by default, so every large array is faulted in page by
    // page again, and the kernel zeroes each page: on this VM touching fresh pages costs 0.4-0.6 s per GiB, more
    // than ten times writing resident ones (a C loop over 1 GiB). So blocks come from the heaps (only a worker
    // thread's block over the 64 MiB of its heap is still mapped), and the heap top is never trimmed. At S=10
    // `siyu kpis` went from 0.99 to 0.65 s of system time and from 3.47 to 3.11 s of wall time (medians of 4-5
    // alternating runs, in two steps); the price is a higher and less steady peak RSS (about 880 MB against
    // 852-866 MB), since freed blocks stay in the arena they came from. `siyu build` of 10,000 playbooks was
    // unchanged.
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, INT_MAX);
}

int siyu_share_one_heap(void) {
    // A freed block goes back to the arena it came from, and each thread allocates from its own: what one
    // thread's columns freed is of no use to another, which faults in fresh pages instead. With one arena
    // `siyu kpis` at S=10 faults about 245,000 pages instead of 272,000; in two rounds of 8 alternating runs its
    // system time went from 0.72 to 0.60 s and from 0.90 to 0.58 s, its wall time (medians) from 3.25 to 3.22 s
    // and from 3.30 to 3.13 s. Not for `siyu build`: rendering 10,000 playbooks went from 2.6 to 4.4 s, its
    // threads' small allocations fighting over the one lock. Must run before a second thread allocates: glibc
    // fixes its arena limit then.
    return mallopt(M_ARENA_MAX, 1);
}
#else
void siyu_keep_freed_memory(void) {}
int siyu_share_one_heap(void) { return 0; }
#endif

// Keyed on the compiler's own __linux__ (Debian's libc is glibc), not on __GLIBC__, so that the test catches the
// tuning above compiled out.
#if defined(__linux__)
#include <malloc.h>

int siyu_heap_serves(size_t bytes) {
    size_t mapped = mallinfo2().hblks;
    void *block = malloc(bytes);
    int served = block != NULL && mallinfo2().hblks == mapped;
    free(block);
    return served;
}
#else
int siyu_heap_serves(size_t bytes) {
    (void)bytes;
    return 1;
}
#endif
