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
        // Tallies in flat arrays, channel after channel (the last slot for every channel together): a struct of
        // arrays per channel, copied out and back for each contact, made two arrays per contact (a million at
        // S=10).
        let channelCount = inputs.channelNames.count, all = channelCount
        var contacts = [Int](repeating: 0, count: channelCount + 1)
        var mature = [Int](repeating: 0, count: (channelCount + 1) * ages.count)
        var spend = [Int64](repeating: 0, count: (channelCount + 1) * ages.count)
        var windowEnds = [Int64](repeating: 0, count: ages.count)
        var spent = [Int64](repeating: 0, count: ages.count)
        for contact in inputs.contactAdded.indices where inputs.contactAdded[contact] < asOf {
            let added = inputs.contactAdded[contact]
            let channel = Int(inputs.contactChannel[contact])
            contacts[channel] += 1
            contacts[all] += 1
            // The ages whose window is over, youngest first, summed in one walk over the person's purchases.
            var matured = 0
            while matured < ages.count, added + ages[matured] * secondsPerDay <= asOf {
                windowEnds[matured] = added + ages[matured] * secondsPerDay
                matured += 1
            }
            if matured > 0 {
                inputs.spend(person: Int(inputs.contactPerson[contact]), from: added, toEach: windowEnds[..<matured], into: &spent)
            }
            for age in 0..<matured {
                mature[channel * ages.count + age] += 1
                spend[channel * ages.count + age] += spent[age]
                mature[all * ages.count + age] += 1
                spend[all * ages.count + age] += spent[age]
            }
        }
        func row(_ name: String?, _ channel: Int) -> LTVRow {
            LTVRow(channel: name, contacts: contacts[channel],
                   values: ages.indices.map { ratio(yuan(spend[channel * ages.count + $0]), Double(mature[channel * ages.count + $0])) })
        }
        let named = (0..<channelCount).filter { contacts[$0] > 0 }.sorted { inputs.channelNames[$0] < inputs.channelNames[$1] }
        return [row(nil, all)] + named.map { row(inputs.channelNames[$0], $0) }
    }

    /// Referral-inclusive LTV (KPIS.md §7b), one generation, as of each of the ascending `ends`: each buyer's own
    /// net spend plus the net spend of the contacts they referred, averaged over buyers. Additive, not the money²
    /// product some articles print. All ends in one pass: one per period cost 12 passes (0.26 s of CPU at S=10).
    package static func withReferrals(_ inputs: MetricInputs, at ends: [Int64]) -> [Double?] {
        var buyers = [Int](repeating: 0, count: ends.count)
        var totals = [Int64](repeating: 0, count: ends.count)
        var own = [Int64](repeating: 0, count: ends.count)
        for person in inputs.personIds.indices where inputs.personLinked[person] {
            inputs.spend(person: person, from: .min, toEach: ends[...], into: &own)
            for slot in ends.indices where own[slot] > 0 {
                buyers[slot] += 1
                totals[slot] += own[slot]
            }
        }
        // A referee's spend counts towards the referrer's person where that person is a buyer by then.
        var referee = [Int64](repeating: 0, count: ends.count)
        for contact in inputs.contactReferrer.indices {
            let referrer = Int(inputs.contactReferrer[contact])
            guard referrer >= 0 else { continue }
            inputs.spend(person: Int(inputs.contactPerson[contact]), from: .min, toEach: ends[...], into: &referee)
            inputs.spend(person: Int(inputs.contactPerson[referrer]), from: .min, toEach: ends[...], into: &own)
            for slot in ends.indices where inputs.contactAdded[contact] < ends[slot] && own[slot] > 0 {
                totals[slot] += referee[slot]
            }
        }
        return ends.indices.map { ratio(yuan(totals[$0]), Double(buyers[$0])) }
    }
}
