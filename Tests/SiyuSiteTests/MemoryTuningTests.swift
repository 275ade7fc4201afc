import CSiyuMemory
import Testing

/// The malloc tuning `siyu` applies at start (CSiyuMemory.c) is compiled in and takes effect: once a
/// missing `#include` made it a silent no-op.
@Suite struct MemoryTuningTests {
    @Test func largeBlocksComeFromTheHeapOnceTuned() {
        siyu_keep_freed_memory()
        // Over glibc's default 128 KiB threshold and under the tuned 32 MiB one.
        #expect(siyu_heap_serves(16 << 20) != 0)
    }
}
