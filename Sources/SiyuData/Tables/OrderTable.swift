/// orders.csv as columns, with customers and channels numbered as they are read: 45 bytes an order instead of
/// the 80 of an array of `Order`, and the metrics take the columns as they are instead of copying each out of
/// the rows (3.3 million orders at S=10). It still reads as a collection of `Order` values for code that wants rows.
package struct OrderTable: Sendable, RandomAccessCollection, Equatable, ExpressibleByArrayLiteral {
    package private(set) var ids: [String] = []
    /// Number of each order's customer id in `customerIds` (first-seen order).
    package private(set) var customers: [Int32] = []
    package var customerIds: [String] { customerNumbers.ids }
    package private(set) var paidAt: [Int64] = []
    /// Net amount in fen.
    package private(set) var amounts: [Int64] = []
    /// Number of each order's channel in `channelNames`, or -1.
    package private(set) var channels: [Int32] = []
    package var channelNames: [String] { channelNumbers.ids }
    package private(set) var refunded: [Bool] = []
    /// Line of each order in its file (clamped to `Int32.max`).
    package private(set) var lines: [Int32] = []
    private var customerNumbers = IdentifierNumbering(forCells: true)
    private var channelNumbers = IdentifierNumbering(forCells: true)

    package init() {}

    package init(_ orders: some Sequence<Order>) {
        for order in orders { append(order) }
    }

    package init(arrayLiteral orders: Order...) {
        self.init(orders)
    }

    package mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        customers.reserveCapacity(count)
        paidAt.reserveCapacity(count)
        amounts.reserveCapacity(count)
        channels.reserveCapacity(count)
        refunded.reserveCapacity(count)
        lines.reserveCapacity(count)
    }

    package mutating func append(_ order: Order) {
        appendRow(id: order.id, customer: customerNumbers.number(order.customerId), paidAt: order.paidAt,
                  amount: order.amount, channel: order.channel.map { channelNumbers.number($0) } ?? -1,
                  refunded: order.refunded, line: order.line)
    }

    /// Appends an order from the cells of its row: the customer and channel are numbered from their bytes.
    mutating func append(id: String, customer: CellText, paidAt: Int64, amount: Int64, channel: CellText?,
                         refunded: Bool, line: Int) {
        appendRow(id: id, customer: customerNumbers.number(customer, tryingFirst: customers.last ?? -1), paidAt: paidAt, amount: amount,
                  channel: channel.map { channelNumbers.number($0) } ?? -1, refunded: refunded, line: line)
    }

    private mutating func appendRow(id: String, customer: Int32, paidAt: Int64, amount: Int64, channel: Int32,
                                    refunded: Bool, line: Int) {
        ids.append(id)
        customers.append(customer)
        self.paidAt.append(paidAt)
        amounts.append(amount)
        channels.append(channel)
        self.refunded.append(refunded)
        lines.append(Int32(clamping: line))
    }

    /// The orders but those at `rows`, in order.
    package func removing(rows: Set<Int>) -> OrderTable {
        var kept = OrderTable()
        kept.reserveCapacity(count - rows.count)
        for row in indices where !rows.contains(row) { kept.append(self[row]) }
        return kept
    }

    /// The columns, handed over so that each can be let go once used; customers and channels are numbers into
    /// the two lists.
    package struct Columns {
        package var ids: [String]
        package var customers: [Int32]
        package var paidAt: [Int64]
        package var amounts: [Int64]
        package var channels: [Int32]
        package var refunded: [Bool]
        package var customerIds: [String]
        package var channelNames: [String]
    }

    package consuming func columns() -> Columns {
        Columns(ids: ids, customers: customers, paidAt: paidAt, amounts: amounts, channels: channels, refunded: refunded,
                customerIds: customerIds, channelNames: channelNames)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { ids.count }

    package subscript(position: Int) -> Order {
        Order(id: ids[position], customerId: customerNumbers.ids[Int(customers[position])], paidAt: paidAt[position],
              amount: amounts[position], channel: channels[position] < 0 ? nil : channelNumbers.ids[Int(channels[position])],
              refunded: refunded[position], line: Int(lines[position]))
    }

    /// The same orders in the same order, however the ids were numbered.
    package static func == (left: OrderTable, right: OrderTable) -> Bool {
        left.elementsEqual(right)
    }
}
