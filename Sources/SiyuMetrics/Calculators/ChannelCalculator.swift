import SiyuData

/// Acquisition economics (KPIS.md §9). Spend of a period is matched to the contacts added in it; a customer is
/// attributed to the channel of their first contact, and counts as acquired when their first-ever qualifying
/// order comes within the attribution window (default 30 days) of that add.
package enum ChannelCalculator {
    package struct Row: Sendable, Hashable {
        package var channel: String
        package var cost: Int64
        package var newContacts: Int
        package var newBuyers: Int
        /// Net GMV of the channel's new customers within the attribution window, in fen.
        package var attributedGMV: Int64

        package var costPerAdd: Double? { cost == 0 ? nil : ratio(yuan(cost), Double(newContacts)) }
        package var cac: Double? { cost == 0 ? nil : ratio(yuan(cost), Double(newBuyers)) }
        package var roi: Double? { ratio(Double(attributedGMV), Double(cost)) }
    }

    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        guard inputs.dataset.present.contains(.spend), !inputs.paidChannels.isEmpty else {
            return ["cost_per_add": nil, "cac": nil, "roi": nil]
        }
        let paid = rows(inputs, period: period).filter { inputs.paidChannels.contains($0.channel) }
        let cost = paid.reduce(0) { $0 + $1.cost }
        let total = Row(channel: "", cost: cost, newContacts: paid.reduce(0) { $0 + $1.newContacts },
                        newBuyers: paid.reduce(0) { $0 + $1.newBuyers },
                        attributedGMV: paid.reduce(0) { $0 + $1.attributedGMV })
        return ["cost_per_add": total.costPerAdd, "cac": total.cac, "roi": total.roi]
    }

    /// One row per channel that had spend or adds in the period, sorted by channel name.
    package static func rows(_ inputs: MetricInputs, period: Period) -> [Row] {
        let window = inputs.settings.attributionDays * secondsPerDay
        var byChannel: [String: Row] = [:]
        func row(_ channel: String) -> Row { byChannel[channel] ?? Row(channel: channel, cost: 0, newContacts: 0, newBuyers: 0, attributedGMV: 0) }
        for spend in inputs.dataset.spend where spend.day >= period.startDay && spend.day < period.endDay {
            var entry = row(spend.channel)
            entry.cost += spend.cost
            byChannel[spend.channel] = entry
        }
        for contact in inputs.dataset.contacts where period.contains(contact.addedAt) {
            var entry = row(contact.channel)
            entry.newContacts += 1
            // Only the customer's first relationship acquires them; a second staff member adds nothing.
            if inputs.firstContactByCustomer[contact.customerId]?.id == contact.id,
               let times = inputs.purchaseTimes[contact.customerId], let first = times.first,
               first >= contact.addedAt, first < contact.addedAt + window {
                entry.newBuyers += 1
                entry.attributedGMV += inputs.spend(contact.customerId, from: contact.addedAt, to: contact.addedAt + window)
            }
            byChannel[contact.channel] = entry
        }
        return byChannel.values.sorted { $0.channel < $1.channel }
    }
}
