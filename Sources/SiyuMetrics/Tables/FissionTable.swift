import SiyuData

/// Referral cohorts and KOCs (KPIS.md §8).
package struct FissionSummary: Sendable, Hashable {
    /// Referred adds within 30 days of the referrer's add, per contact added in the period; nil while immature.
    package var cohortK: Double?
    /// Referred contacts who bought within 30 days of their own add, per contact added in the period.
    package var buyerK: Double?
    /// Median days from the referrer's add to the referee's add, over referees added in the period.
    package var cycleDays: Double?
    /// Referrer ids that are not contacts (external referrers), over referees added in the period.
    package var externalReferrals: Int
    /// Contacts in the pool's history by referral generation up to the period end: [1st, 2nd, 3rd or deeper].
    package var generations: [Int]
    package var kocs: [KOCRow]
    /// KOC share of the referred net GMV in the lookback.
    package var kocShareOfReferredGMV: Double?
}

/// A key opinion consumer: a real buyer who brings others and is active in groups.
package struct KOCRow: Sendable, Hashable {
    package var contactId: String
    package var owner: String?
    package var referredContacts: Int
    package var referredBuyers: Int
    /// Net GMV of the referred customers in the lookback, in yuan.
    package var referredGMV: Double
    package var ownGMV: Double
    package var groupMessages: Int
}

package enum FissionTable {
    static let windowDays: Int64 = 30

    package static func build(_ inputs: MetricInputs, period: Period, asOf: Int64) -> FissionSummary {
        let window = windowDays * secondsPerDay
        var cohort = 0, referred = 0, referredBuyers = 0
        var cycle: [Double] = []
        var external = 0
        for index in inputs.contactAdded.indices where period.contains(inputs.contactAdded[index]) {
            cohort += 1
            if inputs.contactReferred[index] {
                let source = Int(inputs.contactReferrer[index])
                if source >= 0 {
                    cycle.append(Double(inputs.contactAdded[index] - inputs.contactAdded[source]) / Double(secondsPerDay))
                } else {
                    external += 1
                }
            }
        }
        for index in inputs.contactAdded.indices {
            // Referred by a contact of the cohort; self-referrals are ignored (KPIS.md §8).
            let source = Int(inputs.contactReferrer[index])
            guard source >= 0, period.contains(inputs.contactAdded[source]),
                  inputs.contactAdded[index] <= inputs.contactAdded[source] + window else { continue }
            referred += 1
            let added = inputs.contactAdded[index]
            if inputs.hasPurchase(person: Int(inputs.contactPerson[index]), from: added, to: added + window) {
                referredBuyers += 1
            }
        }
        // The cohort is mature once every member has had the full window.
        let mature = period.end + window <= asOf
        let (kocs, share) = kocList(inputs, end: period.end)
        return FissionSummary(cohortK: mature ? ratio(Double(referred), Double(cohort)) : nil,
                              buyerK: mature ? ratio(Double(referredBuyers), Double(cohort)) : nil,
                              cycleDays: median(cycle.filter { $0 >= 0 }), externalReferrals: external,
                              generations: generations(inputs, end: period.end),
                              kocs: kocs, kocShareOfReferredGMV: share)
    }

    /// Referral depth: a contact referred by a contact nobody referred is generation 1, by a generation-1 contact
    /// generation 2, and so on. Loops and self-referrals are cut.
    static func generations(_ inputs: MetricInputs, end: Int64) -> [Int] {
        var depth = [Int](repeating: -1, count: inputs.contactReferrer.count)
        // Chains are short: a loop is found by looking along the chain, without a set per contact (a million of
        // them at S=10 were most of this table's 0.14 s). One chain is reused for every contact.
        var chain: [Int] = []
        func generation(_ contact: Int) -> Int {
            if depth[contact] >= 0 { return depth[contact] }
            chain.removeAll(keepingCapacity: true)
            var current = contact
            while inputs.contactReferrer[current] >= 0, chain.count < 64 {
                let next = Int(inputs.contactReferrer[current])
                guard next != current, next != contact, !chain.contains(next) else { break }
                chain.append(current)
                current = next
                if depth[current] >= 0 {
                    var level = depth[current]
                    for id in chain.reversed() { level += 1; depth[id] = level }
                    return depth[contact]
                }
            }
            chain.append(current)
            var level = -1
            for id in chain.reversed() { level += 1; depth[id] = level }
            return depth[contact]
        }
        var counts = [0, 0, 0]
        for contact in inputs.contactAdded.indices where inputs.contactAdded[contact] < end {
            let level = generation(contact)
            if level > 0 { counts[min(level, 3) - 1] += 1 }
        }
        return counts
    }

    /// KOCs in the 90 days before `end` (KPIS.md §8, proposed): ≥ 1 qualifying order; ≥ 3 referred contacts or
    /// ≥ 1 referred buyer; ≥ 5 inbound group messages. Ranked by referred-buyer GMV; top 20.
    static func kocList(_ inputs: MetricInputs, end: Int64) -> ([KOCRow], Double?) {
        let start = end - inputs.settings.kocLookbackDays * secondsPerDay
        // What each referee spent, by their referrer's contact number, and the referred GMV of every referee, a
        // contact's or an external referrer's: from the numbered columns, where a dictionary keyed by referrer id
        // over the contacts' rows was 0.06 s at S=10.
        var refereeSpends: [Int32: [Int64]] = [:]
        var referredTotal: Int64 = 0
        for index in inputs.contactAdded.indices
        where inputs.contactReferred[index] && inputs.contactAdded[index] >= start && inputs.contactAdded[index] < end {
            let spend = inputs.spend(person: Int(inputs.contactPerson[index]), from: start, to: end)
            referredTotal += spend
            let referrer = inputs.contactReferrer[index]
            guard referrer >= 0 else { continue }
            refereeSpends[referrer, default: []].append(spend)
        }
        var rows: [KOCRow] = []
        var kocReferred: Int64 = 0
        for number in refereeSpends.keys.sorted() {
            let spends = refereeSpends[number] ?? []
            let referredGMV = spends.reduce(0, +)
            let contact = inputs.dataset.contacts[Int(number)]
            let own = inputs.spend(person: Int(inputs.contactPerson[Int(number)]), from: start, to: end)
            let buyers = spends.filter { $0 > 0 }.count
            var messages = 0
            for touch in inputs.firstTouch(Int(number), from: start)..<inputs.touches.range(of: Int(number)).upperBound {
                guard inputs.touchAt[touch] < end else { break }
                if inputs.touchKind[touch] == .groupMessage && inputs.touchDirection[touch] == .inbound { messages += 1 }
            }
            guard own > 0, spends.count >= 3 || buyers >= 1, messages >= inputs.settings.kocMinGroupMessages else { continue }
            kocReferred += referredGMV
            rows.append(KOCRow(contactId: contact.id, owner: contact.owner, referredContacts: spends.count, referredBuyers: buyers,
                               referredGMV: yuan(referredGMV), ownGMV: yuan(own), groupMessages: messages))
        }
        rows.sort { ($0.referredGMV, $0.referredContacts, $1.contactId) > ($1.referredGMV, $1.referredContacts, $0.contactId) }
        return (Array(rows.prefix(20)), ratio(Double(kocReferred), Double(referredTotal)))
    }
}
