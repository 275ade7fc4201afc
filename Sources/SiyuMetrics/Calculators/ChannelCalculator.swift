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
        /// False without orders (`MetricInputs.hasOrders`): what the channel acquired and earned is then unknown.
        package var ordersKnown = true

        package var costPerAdd: Double? { cost == 0 ? nil : ratio(yuan(cost), Double(newContacts)) }
        package var cac: Double? { cost == 0 || !ordersKnown ? nil : ratio(yuan(cost), Double(newBuyers)) }
        package var roi: Double? { ordersKnown ? ratio(Double(attributedGMV), Double(cost)) : nil }
        /// (attributed GMV × gross margin − cost) ÷ cost; nil for organic channels (no cost).
        package var profitROI: Double? { ordersKnown ? ratio(Double(attributedGMV) * grossMargin - Double(cost), Double(cost)) : nil }
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
        let paid = rows(inputs, period: period, asOf: nil).filter { inputs.paidChannels.contains($0.channel) }
        let cost = paid.reduce(0) { $0 + $1.cost }
        let total = Row(channel: "", cost: cost, newContacts: paid.reduce(0) { $0 + $1.newContacts },
                        newBuyers: paid.reduce(0) { $0 + $1.newBuyers },
                        attributedGMV: paid.reduce(0) { $0 + $1.attributedGMV }, ordersKnown: inputs.hasOrders)
        return ["cost_per_add": total.costPerAdd, "cac": total.cac, "roi": total.roi]
    }

    /// One row per channel that had spend or adds in the period, sorted by channel name; with `asOf`, each row
    /// also gets the monthly profit per customer the payback needs.
    package static func rows(_ inputs: MetricInputs, period: Period, asOf: Int64?) -> [Row] {
        let window = inputs.settings.attributionDays * secondsPerDay
        var byChannel: [String: Row] = [:]
        func row(_ channel: String) -> Row {
            byChannel[channel] ?? Row(channel: channel, cost: 0, newContacts: 0, newBuyers: 0, attributedGMV: 0,
                                      grossMargin: inputs.settings.grossMargin, ordersKnown: inputs.hasOrders)
        }
        for spend in inputs.dataset.spend where spend.day >= period.startDay && spend.day < period.endDay {
            var entry = row(spend.channel)
            entry.cost += spend.cost
            byChannel[spend.channel] = entry
        }
        // Adds per channel number first, then one row per channel: a dictionary update per contact cost more
        // than everything else here.
        var adds = [Int](repeating: 0, count: inputs.channelNames.count)
        var buyers = adds
        var attributed = [Int64](repeating: 0, count: inputs.channelNames.count)
        for contact in inputs.contactAdded.indices where period.contains(inputs.contactAdded[contact]) {
            let channel = Int(inputs.contactChannel[contact])
            adds[channel] += 1
            // Only the customer's first relationship acquires them; a second staff member adds nothing.
            let person = Int(inputs.contactPerson[contact])
            let purchases = inputs.purchases.range(of: person)
            let added = inputs.contactAdded[contact]
            guard inputs.firstContactOfPerson[person] == Int32(contact), let first = purchases.first,
                  inputs.purchaseTimes[first] >= added, inputs.purchaseTimes[first] < added + window else { continue }
            buyers[channel] += 1
            attributed[channel] += inputs.spend(person: person, from: added, to: added + window)
        }
        for (channel, name) in inputs.channelNames.enumerated() where adds[channel] > 0 {
            var entry = row(name)
            entry.newContacts += adds[channel]
            entry.newBuyers += buyers[channel]
            entry.attributedGMV += attributed[channel]
            byChannel[name] = entry
        }
        let perMonth = asOf.map { monthlySpendPerCustomer(inputs, asOf: $0) } ?? [:]
        let contactChannels = Set(inputs.channelNames)
        return byChannel.values.map { row in
            var row = row
            if let entry = perMonth[row.channel], entry.customers > 0 {
                row.monthlyProfitPerCustomer = entry.perMonth / Double(entry.customers) * inputs.settings.grossMargin
            }
            row.unattributed = !contactChannels.contains(row.channel)
            return row
        }.sorted { $0.channel < $1.channel }
    }

    /// Payback: every customer each channel acquired before as-of, their net spend per month since the add.
    private static func monthlySpendPerCustomer(_ inputs: MetricInputs, asOf: Int64) -> [String: (customers: Int, perMonth: Double)] {
        var customers = [Int](repeating: 0, count: inputs.channelNames.count)
        var perMonth = [Double](repeating: 0, count: inputs.channelNames.count)
        for person in inputs.firstContactOfPerson.indices {
            let contact = Int(inputs.firstContactOfPerson[person])
            guard contact >= 0, inputs.contactAdded[contact] < asOf else { continue }
            let added = inputs.contactAdded[contact]
            let age = max(Double(asOf - added) / Double(secondsPerDay) / 30.44, 1)
            let channel = Int(inputs.contactChannel[contact])
            customers[channel] += 1
            perMonth[channel] += yuan(inputs.spend(person: person, from: added, to: asOf)) / age
        }
        var result: [String: (customers: Int, perMonth: Double)] = [:]
        for (channel, name) in inputs.channelNames.enumerated() { result[name] = (customers[channel], perMonth[channel]) }
        return result
    }
}
