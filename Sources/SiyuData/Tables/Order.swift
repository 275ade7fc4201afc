/// One paid order (a row of orders.csv). Money is integer fen.
package struct Order: Sendable, Hashable {
    package var id: String
    package var customerId: String
    package var paidAt: Int64
    package var amount: Int64
    package var channel: String?
    package var refunded: Bool
    package var line: Int

    package init(id: String, customerId: String, paidAt: Int64, amount: Int64, channel: String? = nil,
                 refunded: Bool = false, line: Int = 0) {
        self.id = id
        self.customerId = customerId
        self.paidAt = paidAt
        self.amount = amount
        self.channel = channel
        self.refunded = refunded
        self.line = line
    }

    /// A qualifying order counts for buyers, net GMV and repurchase: paid and not refunded.
    package var qualifies: Bool { !refunded }
}
