import Foundation

/// Writes a complete synthetic project: `siyu.yml` and the five exports. `scale` 1 is about 100,000 contacts,
/// 300,000 orders and 1,000,000 touches; the same seed gives the same bytes on every platform.
package struct SampleGenerator: Sendable {
    package struct Counts: Sendable {
        package var contacts = 0, orders = 0, touches = 0, groups = 0, spend = 0
    }

    package let scale: Double
    package let seed: UInt64
    /// Months of history ending on `lastDay`.
    package let months: Int
    /// The last day with data (local), 2025-11-30 by default, so the default report period is 2025-11.
    package let lastDay: Int64

    package init(scale: Double, seed: UInt64 = 2025, months: Int = 24,
                 lastDay: Int64 = SampleCalendar.days(year: 2025, month: 11, day: 30)) {
        self.scale = scale
        self.seed = seed
        self.months = months
        self.lastDay = lastDay
    }

    package var counts: Counts { generate().counts }

    /// The files and their row counts from one simulation (the two properties above each run it).
    package func filesAndCounts() -> (files: [String: [UInt8]], counts: Counts) { generate() }

    /// Project-relative path → bytes.
    package func files() -> [String: [UInt8]] { generate().files }

    /// What `write(to:)` writes, relative to the project folder.
    package static let projectFiles = ["siyu.yml"] + ["contacts", "orders", "touches", "groups", "spend"].map { "Content/data/\($0).csv" }

    /// Writes the project into `folder` as it is generated (the same bytes as `files()`), for big scales.
    package func write(to folder: URL) throws -> Counts {
        var world = SampleWorld(scale: scale, seed: seed, firstDay: lastDay - Int64(Double(months) * 30.44) + 1,
                                lastDay: lastDay, folder: folder)
        world.run()
        try world.finish()
        try Data(SampleGenerator.config(title: "山茶里私域经营报告").utf8).write(to: folder.appending(path: "siyu.yml"))
        return world.counts
    }

    private func generate() -> (files: [String: [UInt8]], counts: Counts) {
        var world = SampleWorld(scale: scale, seed: seed, firstDay: lastDay - Int64(Double(months) * 30.44) + 1,
                                lastDay: lastDay)
        world.run()
        let files: [String: [UInt8]] = [
            "siyu.yml": Array(SampleGenerator.config(title: "山茶里私域经营报告").utf8),
            "Content/data/contacts.csv": world.contactsCSV.bytes,
            "Content/data/orders.csv": world.ordersCSV.bytes,
            "Content/data/touches.csv": world.touchesCSV.bytes,
            "Content/data/groups.csv": world.groupsCSV.bytes,
            "Content/data/spend.csv": world.spendCSV.bytes,
        ]
        return (files, world.counts)
    }

    package static func config(title: String) -> String {
        """
        # Siyu project config (SPEC §7). Every key but title is optional.
        title: \(title)
        language: zh-CN
        timezone: Asia/Shanghai
        period: month
        private_channels: [小程序, 企业微信, 社群]
        windows:
          repurchase_days: 90
        targets:
          loss_rate: {max: 0.05}
          early_loss_rate: {max: 0.08}
          repurchase_rate: {min: 0.25}
          private_gmv_share: {min: 0.6}
        privacy:
          mask_ids: true
          min_group_size: 5

        """
    }
}
