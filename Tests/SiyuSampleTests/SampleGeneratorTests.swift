import Testing
@testable import SiyuData
@testable import SiyuSample

@Suite struct SampleGeneratorTests {
    @Test func sameSeedSameBytesOtherSeedOtherBytes() {
        let first = SampleGenerator(scale: 0.003, seed: 7, months: 6).files()
        let again = SampleGenerator(scale: 0.003, seed: 7, months: 6).files()
        let other = SampleGenerator(scale: 0.003, seed: 8, months: 6).files()
        #expect(first == again)
        #expect(first["Content/data/contacts.csv"] != other["Content/data/contacts.csv"])
        #expect(Set(first.keys) == ["siyu.yml", "Content/data/contacts.csv", "Content/data/orders.csv",
                                    "Content/data/touches.csv", "Content/data/groups.csv", "Content/data/spend.csv"])
    }

    @Test func generatedDataReadsWithoutErrors() throws {
        let files = SampleGenerator(scale: 0.005, seed: 2025, months: 6).files()
        let sources = DataTable.allCases.map { table in
            DataSource(table: table, path: "Content/data/\(table.rawValue).csv", bytes: files["Content/data/\(table.rawValue).csv"] ?? [])
        }
        let result = try DatasetReader.read(sources)
        #expect(result.dataset.contacts.count >= 500)
        #expect(result.dataset.orders.count > result.dataset.contacts.count / 2)
        #expect(result.dataset.touches.count > result.dataset.contacts.count * 2)
        #expect(result.dataset.groups.count == 12)
        #expect(result.dataset.contacts.contains { $0.referrerId != nil })
        #expect(result.dataset.contacts.contains { $0.lostAt != nil })
        #expect(result.dataset.orders.contains { $0.refunded })
        // The last day of data is 2025-11-30 in Asia/Shanghai.
        let newest = try #require(result.dataset.newestInstant)
        #expect(CivilDate.isoString(LocalClock.shanghai.day(of: newest)) == "2025-11-30")
    }

    @Test func sizeGrowsLinearlyWithScale() {
        let small = SampleGenerator(scale: 0.002, seed: 1, months: 6).counts
        let large = SampleGenerator(scale: 0.004, seed: 1, months: 6).counts
        #expect(small.contacts >= 190 && small.contacts <= 230)
        #expect(large.contacts >= 2 * small.contacts - 30 && large.contacts <= 2 * small.contacts + 30)
    }

    @Test func deterministicMathMatchesKnownValues() {
        #expect(abs(DeterministicMath.log(2) - 0.693_147_180_559_945_3) < 1e-14)
        #expect(abs(DeterministicMath.exp(1) - 2.718_281_828_459_045) < 1e-13)
        #expect(abs(DeterministicMath.log(DeterministicMath.exp(3.7)) - 3.7) < 1e-12)
    }
}
