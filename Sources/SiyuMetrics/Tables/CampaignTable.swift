import SiyuData

/// Mass-send campaigns of a period (KPIS.md §2): reach, response in 24 h and 72 h, and disturbance — losses
/// right after a send, compared with the pool's baseline daily loss hazard on days without sends.
package struct CampaignRow: Sendable, Hashable {
    package var campaign: String
    package var firstSend: Int64
    package var recipients: Int
    package var responded24h: Int
    package var responded72h: Int
    /// Median minutes from the send to the first inbound reply, over responders (72 h window).
    package var medianResponseMinutes: Double?
    package var lost24h: Int
    package var lost72h: Int
    /// Post-send loss ÷ expected loss from the baseline hazard (24 h window); nil without a baseline.
    package var lift24h: Double?
    package var lift72h: Double?

    package var responseRate: Double? { ratio(Double(responded24h), Double(recipients)) }
    package var responseRate72h: Double? { ratio(Double(responded72h), Double(recipients)) }
    package var postSendLoss: Double? { ratio(Double(lost24h), Double(recipients)) }
    /// Flagged when the lift exceeds 2 and at least 5 people left (KPIS.md §2).
    package var flagged: Bool { (lift24h ?? 0) > 2 && lost24h >= 5 }
}

package enum CampaignTable {
    package static func build(_ inputs: MetricInputs, period: Period) -> (rows: [CampaignRow], baselineDailyHazard: Double?) {
        struct Tally {
            var first: Int64 = .max
            var recipients = 0, responded24 = 0, responded72 = 0, lost24 = 0, lost72 = 0
            var responseMinutes: [Double] = []
        }
        let clock = inputs.settings.clock
        // A campaign is its name, or the local day of the send when it has none (numbered below −1). Tallies are
        // changed in place in an array: one copied out of a dictionary and back copied its list of response
        // times on every append.
        var slotOfKey: [Int64: Int] = [:]
        var keys: [Int64] = [], tallies: [Tally] = []
        var sends: [Int] = []
        var seen: [Int64] = []
        let day: Int64 = 86_400
        for subject in 0..<inputs.touches.owners {
            let all = inputs.touches.range(of: subject)
            let first = inputs.firstTouch(subject, from: period.start)
            guard first < all.upperBound, inputs.touchAt[first] < period.end else { continue }
            // The period's sends and the first one after it, which ends the last one's reply window: the touches
            // before the period never matter.
            sends.removeAll(keepingCapacity: true)
            for index in first..<all.upperBound where inputs.touchKind[index] == .massSend && inputs.touchDirection[index] == .outbound {
                sends.append(index)
                if inputs.touchAt[index] >= period.end { break }
            }
            guard sends.contains(where: { period.contains(inputs.touchAt[$0]) }) else { continue }
            let lostAt = subject < inputs.contactLost.count ? inputs.contactLost[subject] : .max
            seen.removeAll(keepingCapacity: true)
            for (position, send) in sends.enumerated() where period.contains(inputs.touchAt[send]) {
                let sentAt = inputs.touchAt[send]
                let campaign = inputs.touchCampaign[send]
                let key = campaign >= 0 ? Int64(campaign) : -clock.day(of: sentAt) - 2
                let slot: Int
                if let known = slotOfKey[key] {
                    slot = known
                } else {
                    slot = tallies.count
                    slotOfKey[key] = slot
                    keys.append(key)
                    tallies.append(Tally())
                }
                tallies[slot].first = min(tallies[slot].first, sentAt)
                guard !seen.contains(key) else { continue }
                seen.append(key)
                tallies[slot].recipients += 1
                let nextSend = position + 1 < sends.count ? inputs.touchAt[sends[position + 1]] : Int64.max
                var reply = send + 1
                while reply < all.upperBound && inputs.touchAt[reply] < nextSend {
                    if inputs.touchDirection[reply] == .inbound && inputs.touchAt[reply] > sentAt { break }
                    reply += 1
                }
                if reply < all.upperBound && inputs.touchAt[reply] < nextSend {
                    let delay = inputs.touchAt[reply] - sentAt
                    if delay < 24 * 3600 { tallies[slot].responded24 += 1 }
                    if delay < 72 * 3600 {
                        tallies[slot].responded72 += 1
                        tallies[slot].responseMinutes.append(Double(delay) / 60)
                    }
                }
                // A loss belongs to the latest send before it.
                if lostAt >= sentAt, lostAt < nextSend {
                    if lostAt < sentAt + day { tallies[slot].lost24 += 1 }
                    if lostAt < sentAt + 3 * day { tallies[slot].lost72 += 1 }
                }
            }
        }
        let hazard = baselineHazard(inputs, period: period, window: day)
        let rows = zip(keys, tallies).map { key, tally -> CampaignRow in
            let name = key >= 0 ? inputs.campaignNames[Int(key)] : CivilDate.isoString(-key - 2)
            let recipients = Double(tally.recipients)
            func lift(_ lost: Int, days: Int) -> Double? {
                guard let hazard, hazard > 0 else { return nil }
                // Expected = 1 − (1 − h0)^(W / 1 day).
                let expected = 1 - (0..<days).reduce(1.0) { value, _ in value * (1 - hazard) }
                return ratio(Double(lost) / recipients, expected)
            }
            return CampaignRow(campaign: name, firstSend: tally.first, recipients: tally.recipients,
                               responded24h: tally.responded24, responded72h: tally.responded72,
                               medianResponseMinutes: median(tally.responseMinutes),
                               lost24h: tally.lost24, lost72h: tally.lost72,
                               lift24h: lift(tally.lost24, days: 1), lift72h: lift(tally.lost72, days: 3))
        }
        return (rows.sorted { ($0.firstSend, $0.campaign) < ($1.firstSend, $1.campaign) }, hazard)
    }

    /// Losses on contact-days with no mass send in the preceding 24 h ÷ those contact-days, over the period.
    static func baselineHazard(_ inputs: MetricInputs, period: Period, window: Int64) -> Double? {
        let clock = inputs.settings.clock
        var days = 0, losses = 0
        var exposed: [Int64] = []
        for contact in inputs.contactAdded.indices
        where inputs.contactAdded[contact] < period.end && inputs.contactLost[contact] >= period.start {
            let lostAt = inputs.contactLost[contact]
            // The contact's days in the pool within the period: from the day after the add to the day it left.
            let first = max(period.startDay, clock.day(of: inputs.contactAdded[contact]) + 1)
            let last = min(period.endDay - 1, lostAt == .max ? .max : clock.day(of: lostAt))
            guard first <= last else { continue }
            // A send at s exposes every day d with start(d) − W ≤ s < end(d): the days from day(s) to day(s + W).
            // Counting those beats testing every day against every send (12% of `siyu kpis` at S=1 before).
            exposed.removeAll(keepingCapacity: true)
            let sendsFrom = clock.instant(day: first) - window, sendsTo = clock.instant(day: last + 1)
            var index = inputs.firstTouch(contact, from: sendsFrom)
            let end = inputs.touches.range(of: contact).upperBound
            while index < end && inputs.touchAt[index] < sendsTo {
                defer { index += 1 }
                guard inputs.touchKind[index] == .massSend else { continue }
                let at = inputs.touchAt[index]
                let from = max(clock.day(of: at), first), to = min(clock.day(of: at + window), last)
                if from <= to { for day in from...to where !exposed.contains(day) { exposed.append(day) } }
            }
            days += Int(last - first + 1) - exposed.count
            if lostAt != .max {
                let lostDay = clock.day(of: lostAt)
                if (first...last).contains(lostDay), !exposed.contains(lostDay) { losses += 1 }
            }
        }
        return ratio(Double(losses), Double(days))
    }
}

func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
