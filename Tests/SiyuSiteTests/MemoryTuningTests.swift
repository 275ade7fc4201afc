import CSiyuMemory
import Testing

/// The malloc tuning `siyu` applies at start (CSiyuMemory.c) is compiled in and takes effect: once a
/// missing `#include` made it a silent no-op.
@Suite struct MemoryTuningTests {
    @Test func largeBlocksComeFromTheHeapOnceTuned() {
        siyu_keep_freed_memory()
        // Over glibc's default 128 KiB threshold, and over the largest one it accepts (32 MiB), though under the
        // 64 MiB of a thread's heap, past which a thread's block is mapped whatever the tuning.
        #expect(siyu_heap_serves(16 << 20) != 0)
        #expect(siyu_heap_serves(48 << 20) != 0)
    }

    /// `siyu kpis` asks for one arena; glibc accepts the request (the effect shows only in a fresh process).
    @Test func oneSharedHeapIsAccepted() {
        #if os(Linux)
        #expect(siyu_share_one_heap() != 0)
        #endif
    }
}
