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

        /// Average monthly gross profit of every customer the channel ever acquired (yuan), for payback.
        package var monthlyProfitPerCustomer: Double?
        /// Spend on a channel no contact came from: it cannot be attributed.
        package var unattributed = false
        package var grossMargin = 0.6

        package var costPerAdd: Double? { cost == 0 ? nil : ratio(yuan(cost), Double(newContacts)) }
        package var cac: Double? { cost == 0 ? nil : ratio(yuan(cost), Double(newBuyers)) }
        package var roi: Double? { ratio(Double(attributedGMV), Double(cost)) }
        /// (attributed GMV × gross margin − cost) ÷ cost; nil for organic channels (no cost).
        package var profitROI: Double? { ratio(Double(attributedGMV) * grossMargin - Double(cost), Double(cost)) }
        /// CAC ÷ monthly gross profit per acquired customer, in months.
        package var paybackMonths: Double? {
            guard let cac, let profit = monthlyProfitPerCustomer, profit > 0 else { return nil }
            return cac / profit
        }
    }

    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        guard inputs.dataset.present.contains(.spend), !inputs.paidChannels.isEmpty else {
            return ["cost_per_add": nil, "cac": nil, "roi": nil]
        }
        let paid = rows(inputs, period: period, asOf: period.end).filter { inputs.paidChannels.contains($0.channel) }
        let cost = paid.reduce(0) { $0 + $1.cost }
        let total = Row(channel: "", cost: cost, newContacts: paid.reduce(0) { $0 + $1.newContacts },
                        newBuyers: paid.reduce(0) { $0 + $1.newBuyers },
                        attributedGMV: paid.reduce(0) { $0 + $1.attributedGMV })
        return ["cost_per_add": total.costPerAdd, "cac": total.cac, "roi": total.roi]
    }

    /// One row per channel that had spend or adds in the period, sorted by channel name.
    package static func rows(_ inputs: MetricInputs, period: Period, asOf: Int64) -> [Row] {
        let window = inputs.settings.attributionDays * secondsPerDay
        var byChannel: [String: Row] = [:]
        func row(_ channel: String) -> Row {
            byChannel[channel] ?? Row(channel: channel, cost: 0, newContacts: 0, newBuyers: 0, attributedGMV: 0,
                                      grossMargin: inputs.settings.grossMargin)
        }
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
        // Payback: every customer each channel acquired before as-of, their net spend per month since the add.
        var months: [String: (customers: Int, perMonth: Double)] = [:]
        for (customer, contact) in inputs.firstContactByCustomer where contact.addedAt < asOf {
            let age = max(Double(asOf - contact.addedAt) / Double(secondsPerDay) / 30.44, 1)
            let spend = yuan(inputs.spend(customer, from: contact.addedAt, to: asOf))
            var entry = months[contact.channel] ?? (0, 0)
            entry.customers += 1
            entry.perMonth += spend / age
            months[contact.channel] = entry
        }
        let contactChannels = Set(inputs.dataset.contacts.map(\.channel))
        return byChannel.values.map { row in
            var row = row
            if let entry = months[row.channel], entry.customers > 0 {
                row.monthlyProfitPerCustomer = entry.perMonth / Double(entry.customers) * inputs.settings.grossMargin
            }
            row.unattributed = !contactChannels.contains(row.channel)
            return row
        }.sorted { $0.channel < $1.channel }
    }
}
