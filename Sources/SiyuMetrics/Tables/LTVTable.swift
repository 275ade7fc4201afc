import SiyuData

/// Historical LTV by cohort age and channel (KPIS.md §7a): for N in 30/90/180/365 days, the net GMV contacts'
/// customers paid within N days of the add ÷ the number of such contacts, over contacts whose N days are over.
package struct LTVRow: Sendable, Hashable {
    /// Channel, or nil for every channel together.
    package var channel: String?
    package var contacts: Int
    /// Yuan per contact at each age of `LTVTable.ages`; nil where no contact is that old yet.
    package var values: [Double?]
}

package enum LTVTable {
    package static let ages: [Int64] = [30, 90, 180, 365]

    package static func build(_ inputs: MetricInputs, asOf: Int64) -> [LTVRow] {
        struct Tally { var contacts = 0; var mature = [Int](repeating: 0, count: 4); var spend = [Int64](repeating: 0, count: 4) }
        var all = Tally()
        var byChannel: [String: Tally] = [:]
        for contact in inputs.dataset.contacts where contact.addedAt < asOf {
            var tally = byChannel[contact.channel] ?? Tally()
            tally.contacts += 1
            all.contacts += 1
            for (index, age) in ages.enumerated() where contact.addedAt + age * secondsPerDay <= asOf {
                let spend = inputs.spend(contact.customerId, from: contact.addedAt, to: contact.addedAt + age * secondsPerDay)
                tally.mature[index] += 1
                tally.spend[index] += spend
                all.mature[index] += 1
                all.spend[index] += spend
            }
            byChannel[contact.channel] = tally
        }
        func row(_ channel: String?, _ tally: Tally) -> LTVRow {
            LTVRow(channel: channel, contacts: tally.contacts,
                   values: ages.indices.map { ratio(yuan(tally.spend[$0]), Double(tally.mature[$0])) })
        }
        return [row(nil, all)] + byChannel.keys.sorted().map { row($0, byChannel[$0] ?? Tally()) }
    }

    /// Referral-inclusive LTV (KPIS.md §7b), one generation: each buyer's own net spend plus the net spend of the
    /// contacts they referred, averaged over buyers. Additive, not the money² product some articles print.
    package static func withReferrals(_ inputs: MetricInputs, asOf: Int64) -> Double? {
        var buyers = 0
        var total: Int64 = 0
        var refereeSpend: [String: Int64] = [:]  // referrer contact id → referees' spend
        for contact in inputs.dataset.contacts {
            guard let referrer = contact.referrerId, referrer != contact.id, contact.addedAt < asOf else { continue }
            refereeSpend[referrer, default: 0] += inputs.spend(contact.customerId, from: .min, to: asOf)
        }
        var referralsByCustomer: [String: Int64] = [:]
        for (referrer, spend) in refereeSpend {
            guard let customer = inputs.contactsById[referrer]?.customerId else { continue }
            referralsByCustomer[customer, default: 0] += spend
        }
        for customer in inputs.purchaseTimes.keys where inputs.linkedCustomers.contains(customer) {
            let own = inputs.spend(customer, from: .min, to: asOf)
            guard own > 0 else { continue }
            buyers += 1
            total += own + (referralsByCustomer[customer] ?? 0)
        }
        return ratio(yuan(total), Double(buyers))
    }
}
