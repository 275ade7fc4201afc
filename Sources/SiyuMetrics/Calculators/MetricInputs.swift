import SiyuData

/// The dataset with the lookups every calculator needs, built once per report and shared by all periods.
package struct MetricInputs: Sendable {
    package let dataset: Dataset
    package let settings: MetricSettings
    /// Qualifying (not refunded) orders sorted by payment time.
    package let qualifyingOrders: [Order]
    /// Every order sorted by payment time.
    package let ordersByTime: [Order]
    /// Customer ids that have a contact row.
    package let linkedCustomers: Set<String>
    /// Qualifying payment times per customer, ascending, with the amounts (fen) alongside.
    package let purchaseTimes: [String: [Int64]]
    package let purchaseAmounts: [String: [Int64]]
    /// Touches per contact, ascending by time.
    package let touchesByContact: [String: [Touch]]
    /// Inbound group-message times per group, ascending, and who sent each.
    package let inboundByGroup: [String: [Int64]]
    package let inboundSpeakersByGroup: [String: [String]]
    /// Outbound (staff) group-message times per group, ascending.
    package let outboundByGroup: [String: [Int64]]
    /// Contacts by id.
    package let contactsById: [String: Contact]
    /// How many contacts each contact referred (by referrer_id), with the add times of the referees.
    package let refereesByReferrer: [String: [Int64]]
    /// The earliest contact of each customer: where the person came from.
    package let firstContactByCustomer: [String: Contact]
    /// Channels that have spend rows: the paid channels.
    package let paidChannels: Set<String>

    package init(dataset: Dataset, settings: MetricSettings) {
        self.dataset = dataset
        self.settings = settings
        ordersByTime = dataset.orders.sorted { ($0.paidAt, $0.id) < ($1.paidAt, $1.id) }
        qualifyingOrders = ordersByTime.filter(\.qualifies)
        linkedCustomers = Set(dataset.contacts.map(\.customerId))
        var purchases: [String: [Int64]] = [:]
        var amounts: [String: [Int64]] = [:]
        for order in qualifyingOrders {
            purchases[order.customerId, default: []].append(order.paidAt)
            amounts[order.customerId, default: []].append(order.amount)
        }
        purchaseTimes = purchases
        purchaseAmounts = amounts

        var touches: [String: [Touch]] = [:]
        var groupInbound: [String: [(Int64, String)]] = [:]
        var groupOutbound: [String: [Int64]] = [:]
        for touch in dataset.touches {
            touches[touch.contactId, default: []].append(touch)
            guard touch.kind == .groupMessage, let group = touch.groupId else { continue }
            if touch.direction == .inbound {
                groupInbound[group, default: []].append((touch.at, touch.contactId))
            } else {
                groupOutbound[group, default: []].append(touch.at)
            }
        }
        touchesByContact = touches.mapValues { $0.sorted { ($0.at, $0.direction.rawValue) < ($1.at, $1.direction.rawValue) } }
        let sortedInbound = groupInbound.mapValues { $0.sorted { $0 < $1 } }
        inboundByGroup = sortedInbound.mapValues { $0.map(\.0) }
        inboundSpeakersByGroup = sortedInbound.mapValues { $0.map(\.1) }
        outboundByGroup = groupOutbound.mapValues { $0.sorted() }
        contactsById = Dictionary(dataset.contacts.map { ($0.id, $0) }) { first, _ in first }

        var referees: [String: [Int64]] = [:]
        var first: [String: Contact] = [:]
        for contact in dataset.contacts {
            if let referrer = contact.referrerId, referrer != contact.id { referees[referrer, default: []].append(contact.addedAt) }
            if let existing = first[contact.customerId], (existing.addedAt, existing.id) <= (contact.addedAt, contact.id) { continue }
            first[contact.customerId] = contact
        }
        refereesByReferrer = referees
        firstContactByCustomer = first
        paidChannels = Set(dataset.spend.map(\.channel))
    }

    /// Orders whose payment falls in [start, end), using binary search on the sorted lists.
    package func orders(from start: Int64, to end: Int64, qualifyingOnly: Bool) -> ArraySlice<Order> {
        let list = qualifyingOnly ? qualifyingOrders : ordersByTime
        return list[lowerBound(list, start)..<lowerBound(list, end)]
    }

    private func lowerBound(_ list: [Order], _ instant: Int64) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].paidAt < instant { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Net amount (fen) the customer paid in qualifying orders in [start, end).
    package func spend(_ customer: String, from start: Int64, to end: Int64) -> Int64 {
        guard let times = purchaseTimes[customer], let amounts = purchaseAmounts[customer] else { return 0 }
        var index = SiyuMetrics.lowerBound(times, start)
        var total: Int64 = 0
        while index < times.count && times[index] < end {
            total += amounts[index]
            index += 1
        }
        return total
    }

    /// Whether the customer has a qualifying payment in [start, end).
    package func hasPurchase(_ customer: String, from start: Int64, to end: Int64) -> Bool {
        guard let times = purchaseTimes[customer] else { return false }
        let index = SiyuMetrics.lowerBound(times, start)
        return index < times.count && times[index] < end
    }
}

/// First index whose value is ≥ `value` in an ascending list.
package func lowerBound(_ list: [Int64], _ value: Int64) -> Int {
    var low = 0
    var high = list.count
    while low < high {
        let middle = (low + high) / 2
        if list[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
}

/// KPI values for one period: nil when one cannot be computed (an empty denominator), never NaN.
package typealias KPIValues = [String: Double?]

func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
    denominator == 0 ? nil : numerator / denominator
}

func yuan(_ fen: Int64) -> Double { Double(fen) / 100 }

let secondsPerDay: Int64 = 86_400
