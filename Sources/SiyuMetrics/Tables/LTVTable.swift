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
        var channels = [Tally?](repeating: nil, count: inputs.channelNames.count)
        for contact in inputs.contactAdded.indices where inputs.contactAdded[contact] < asOf {
            let added = inputs.contactAdded[contact]
            let person = Int(inputs.contactPerson[contact])
            var tally = channels[Int(inputs.contactChannel[contact])] ?? Tally()
            tally.contacts += 1
            all.contacts += 1
            for (index, age) in ages.enumerated() where added + age * secondsPerDay <= asOf {
                let spend = inputs.spend(person: person, from: added, to: added + age * secondsPerDay)
                tally.mature[index] += 1
                tally.spend[index] += spend
                all.mature[index] += 1
                all.spend[index] += spend
            }
            channels[Int(inputs.contactChannel[contact])] = tally
        }
        func row(_ channel: String?, _ tally: Tally) -> LTVRow {
            LTVRow(channel: channel, contacts: tally.contacts,
                   values: ages.indices.map { ratio(yuan(tally.spend[$0]), Double(tally.mature[$0])) })
        }
        let named = channels.indices.compactMap { channel in channels[channel].map { (inputs.channelNames[channel], $0) } }
        return [row(nil, all)] + named.sorted { $0.0 < $1.0 }.map { row($0.0, $0.1) }
    }

    /// Referral-inclusive LTV (KPIS.md §7b), one generation: each buyer's own net spend plus the net spend of the
    /// contacts they referred, averaged over buyers. Additive, not the money² product some articles print.
    package static func withReferrals(_ inputs: MetricInputs, asOf: Int64) -> Double? {
        var buyers = 0
        var total: Int64 = 0
        // Referees' spend credited to the referrer's person.
        var referrals = [Int64](repeating: 0, count: inputs.personIds.count)
        for contact in inputs.contactReferrer.indices where inputs.contactAdded[contact] < asOf {
            let referrer = Int(inputs.contactReferrer[contact])
            guard referrer >= 0 else { continue }
            referrals[Int(inputs.contactPerson[referrer])] += inputs.spend(person: Int(inputs.contactPerson[contact]), from: .min, to: asOf)
        }
        for person in inputs.personIds.indices where inputs.personLinked[person] {
            let own = inputs.spend(person: person, from: .min, to: asOf)
            guard own > 0 else { continue }
            buyers += 1
            total += own + referrals[person]
        }
        return ratio(yuan(total), Double(buyers))
    }
}
