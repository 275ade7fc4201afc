import Testing
@testable import SiyuRender

/// `PackedTokenSet` holds what a `Set<UInt64>` holds, through repeats and growth.
@Suite struct PackedTokenSetTests {
    @Test(arguments: [0, 1, 31, 32, 33, 1_000, 50_000])
    func holdsWhatASetHolds(count: Int) {
        var generator = SystemRandomNumberGenerator()
        var keys: [UInt64] = (0..<count).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) }
        keys += keys.prefix(count / 2)  // repeats
        keys += (0..<UInt64(count)).map { 1 + $0 << 32 }  // keys differing only in high bits
        var packed = PackedTokenSet()
        var reference = Set<UInt64>()
        for key in keys {
            packed.insert(key)
            reference.insert(key)
        }
        #expect(packed.count == reference.count)
        #expect(Set(packed) == reference)
        #expect(Array(packed).count == reference.count)
        #expect(keys.allSatisfy(packed.contains))
        #expect(!packed.contains(0))
    }
}
