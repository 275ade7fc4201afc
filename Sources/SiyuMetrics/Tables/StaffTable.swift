import SiyuData

/// One row per staff member (owner) for the period: their pool, adds, losses, reply rate and the net GMV of the
/// customers whose first relationship is with them.
package struct StaffRow: Sendable, Hashable {
    package var owner: String
    package var poolStart: Int
    package var poolEnd: Int
    package var new: Int
    package var lost: Int
    package var customerStartedChats: Int
    package var repliedChats: Int
    package var netGMV: Double

    package var lossRate: Double? { ratio(Double(lost), Double(poolStart)) }
    package var replyRate: Double? { ratio(Double(repliedChats), Double(customerStartedChats)) }
}

package enum StaffTable {
    package static let unassigned = "未分配"

    package static func build(_ inputs: MetricInputs, period: Period) -> [StaffRow] {
        var rows: [String: StaffRow] = [:]
        func row(_ owner: String) -> StaffRow {
            rows[owner] ?? StaffRow(owner: owner, poolStart: 0, poolEnd: 0, new: 0, lost: 0, customerStartedChats: 0,
                                    repliedChats: 0, netGMV: 0)
        }
        let clock = inputs.settings.clock
        for contact in inputs.dataset.contacts {
            let owner = contact.owner ?? unassigned
            var entry = row(owner)
            if contact.isInPool(at: period.start) { entry.poolStart += 1 }
            if contact.isInPool(at: period.end) { entry.poolEnd += 1 }
            if period.contains(contact.addedAt) { entry.new += 1 }
            if let lost = contact.lostAt, period.contains(lost) { entry.lost += 1 }
            // Reply rate per natural day, as TouchCalculator measures it.
            var day: Int64 = .min
            var started = false, answered = false
            for touch in inputs.touchesByContact[contact.id] ?? [] where touch.kind == .privateChat && period.contains(touch.at) {
                let touchDay = clock.day(of: touch.at)
                if touchDay != day {
                    day = touchDay
                    started = touch.direction == .inbound
                    answered = false
                    if started { entry.customerStartedChats += 1 }
                } else if started && !answered && touch.direction == .outbound {
                    answered = true
                    entry.repliedChats += 1
                }
            }
            rows[owner] = entry
        }
        for order in inputs.orders(from: period.start, to: period.end, qualifyingOnly: true) {
            guard let first = inputs.firstContactByCustomer[order.customerId] else { continue }
            let owner = first.owner ?? unassigned
            var entry = row(owner)
            entry.netGMV += yuan(order.amount)
            rows[owner] = entry
        }
        return rows.values.sorted { ($0.netGMV, $0.poolEnd, $1.owner) > ($1.netGMV, $1.poolEnd, $0.owner) }
    }
}
