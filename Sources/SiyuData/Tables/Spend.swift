/// One day's acquisition cost on one channel (a row of spend.csv). `day` is a local day number.
package struct Spend: Sendable, Hashable {
    package var day: Int64
    package var channel: String
    package var cost: Int64
    package var line: Int

    package init(day: Int64, channel: String, cost: Int64, line: Int = 0) {
        self.day = day
        self.channel = channel
        self.cost = cost
        self.line = line
    }
}
