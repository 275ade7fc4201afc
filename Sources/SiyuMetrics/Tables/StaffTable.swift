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
        var rows = inputs.ownerNames.map {
            StaffRow(owner: $0, poolStart: 0, poolEnd: 0, new: 0, lost: 0, customerStartedChats: 0, repliedChats: 0, netGMV: 0)
        }
        let clock = inputs.settings.clock
        for contact in inputs.contactAdded.indices {
            let owner = Int(inputs.contactOwner[contact])
            if inputs.isInPool(contact, at: period.start) { rows[owner].poolStart += 1 }
            if inputs.isInPool(contact, at: period.end) { rows[owner].poolEnd += 1 }
            if period.contains(inputs.contactAdded[contact]) { rows[owner].new += 1 }
            if period.contains(inputs.contactLost[contact]) { rows[owner].lost += 1 }
            // Reply rate per natural day, as TouchCalculator measures it.
            var day: Int64 = .min
            var started = false, answered = false
            for touch in inputs.firstTouch(contact, from: period.start)..<inputs.touches.range(of: contact).upperBound {
                let at = inputs.touchAt[touch]
                guard at < period.end else { break }
                guard inputs.touchKind[touch] == .privateChat else { continue }
                let touchDay = clock.day(of: at)
                if touchDay != day {
                    day = touchDay
                    started = inputs.touchDirection[touch] == .inbound
                    answered = false
                    if started { rows[owner].customerStartedChats += 1 }
                } else if started && !answered && inputs.touchDirection[touch] == .outbound {
                    answered = true
                    rows[owner].repliedChats += 1
                }
            }
        }
        let orders = inputs.orderRange(from: period.start, to: period.end, qualifyingOnly: true)
        for index in orders {
            let first = Int(inputs.firstContactOfPerson[Int(inputs.qualifyingOrderPersons[index])])
            guard first >= 0 else { continue }
            rows[Int(inputs.contactOwner[first])].netGMV += yuan(inputs.qualifyingAmounts[index])
        }
        return rows.sorted { ($0.netGMV, $0.poolEnd, $1.owner) > ($1.netGMV, $1.poolEnd, $0.owner) }
    }
}
