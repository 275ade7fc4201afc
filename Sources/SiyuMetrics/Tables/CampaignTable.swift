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
            var recipients = Set<String>()
            var responded24 = Set<String>(), responded72 = Set<String>()
            var responseMinutes: [String: Double] = [:]
            var lost24 = Set<String>(), lost72 = Set<String>()
        }
        var tallies: [String: Tally] = [:]
        let day: Int64 = 86_400
        for (contactId, touches) in inputs.touchesByContact {
            let sends = touches.filter { $0.kind == .massSend && $0.direction == .outbound }
            guard sends.contains(where: { period.contains($0.at) }) else { continue }
            let lostAt = inputs.contactsById[contactId]?.lostAt
            for (index, send) in sends.enumerated() where period.contains(send.at) {
                let key = send.campaign ?? CivilDate.isoString(inputs.settings.clock.day(of: send.at))
                var tally = tallies[key] ?? Tally()
                tally.first = min(tally.first, send.at)
                guard tally.recipients.insert(contactId).inserted else { tallies[key] = tally; continue }
                let nextSend = index + 1 < sends.count ? sends[index + 1].at : Int64.max
                if let reply = touches.first(where: { $0.direction == .inbound && $0.at > send.at && $0.at < nextSend }) {
                    let delay = reply.at - send.at
                    if delay < 24 * 3600 { tally.responded24.insert(contactId) }
                    if delay < 72 * 3600 {
                        tally.responded72.insert(contactId)
                        tally.responseMinutes[contactId] = Double(delay) / 60
                    }
                }
                // A loss belongs to the latest send before it.
                if let lost = lostAt, lost >= send.at, lost < nextSend {
                    if lost < send.at + day { tally.lost24.insert(contactId) }
                    if lost < send.at + 3 * day { tally.lost72.insert(contactId) }
                }
                tallies[key] = tally
            }
        }
        let hazard = baselineHazard(inputs, period: period, window: day)
        let rows = tallies.map { name, tally -> CampaignRow in
            let recipients = Double(tally.recipients.count)
            func lift(_ lost: Int, days: Int) -> Double? {
                guard let hazard, hazard > 0 else { return nil }
                // Expected = 1 − (1 − h0)^(W / 1 day).
                let expected = 1 - (0..<days).reduce(1.0) { value, _ in value * (1 - hazard) }
                return ratio(Double(lost) / recipients, expected)
            }
            return CampaignRow(campaign: name, firstSend: tally.first, recipients: tally.recipients.count,
                               responded24h: tally.responded24.count, responded72h: tally.responded72.count,
                               medianResponseMinutes: median(Array(tally.responseMinutes.values)),
                               lost24h: tally.lost24.count, lost72h: tally.lost72.count,
                               lift24h: lift(tally.lost24.count, days: 1), lift72h: lift(tally.lost72.count, days: 3))
        }
        return (rows.sorted { ($0.firstSend, $0.campaign) < ($1.firstSend, $1.campaign) }, hazard)
    }

    /// Losses on contact-days with no mass send in the preceding 24 h ÷ those contact-days, over the period.
    static func baselineHazard(_ inputs: MetricInputs, period: Period, window: Int64) -> Double? {
        let clock = inputs.settings.clock
        var days = 0, losses = 0
        for contact in inputs.dataset.contacts where contact.addedAt < period.end && (contact.lostAt ?? .max) >= period.start {
            // The contact's days in the pool within the period: from the day after the add to the day it left.
            let first = max(period.startDay, clock.day(of: contact.addedAt) + 1)
            let last = min(period.endDay - 1, contact.lostAt.map(clock.day(of:)) ?? .max)
            guard first <= last else { continue }
            // A send at s exposes every day d with start(d) − W ≤ s < end(d): the days from day(s) to day(s + W).
            // Counting those beats testing every day against every send (12% of `siyu kpis` at S=1 before).
            var exposed = Set<Int64>()
            for touch in inputs.touchesByContact[contact.id] ?? [] where touch.kind == .massSend {
                let from = max(clock.day(of: touch.at), first), to = min(clock.day(of: touch.at + window), last)
                if from <= to { for day in from...to { exposed.insert(day) } }
            }
            days += Int(last - first + 1) - exposed.count
            if let lost = contact.lostAt, (first...last).contains(clock.day(of: lost)), !exposed.contains(clock.day(of: lost)) {
                losses += 1
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
