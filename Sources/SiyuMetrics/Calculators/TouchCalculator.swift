import SiyuData

/// Touch KPIs (KPIS.md §2): mass-send response and staff reply rate, as WeCom defines 已回复聊天占比.
package enum TouchCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        compute(inputs, periods: [period])[0]
    }

    /// The KPIs of each of `periods` (ascending, none overlapping) in one pass over each subject's touches: a pass
    /// per period, each finding its touches again, took 0.28G instructions for the 12 trend periods at S=1.
    package static func compute(_ inputs: MetricInputs, periods: [Period]) -> [KPIValues] {
        guard inputs.dataset.present.contains(.touches), let first = periods.first, let last = periods.last else {
            return periods.map { _ in
                ["mass_send_response_rate": nil, "mass_send_response_rate_72h": nil, "staff_reply_rate": nil,
                 "first_reply_minutes": nil]
            }
        }
        let window = inputs.settings.responseWindowHours * 3600
        let longWindow = 72 * 3600 as Int64
        let clock = inputs.settings.clock
        struct Counts { var recipients = 0, responded = 0, respondedLong = 0, initiated = 0, replied = 0, replyMinutes = 0.0 }
        var counts = [Counts](repeating: Counts(), count: periods.count)
        var sends: [Int64] = []

        for subject in 0..<inputs.touches.owners {
            let all = inputs.touches.range(of: subject)
            var index = inputs.firstTouch(subject, from: first.start)
            var periodIndex = -1
            // Per period: mass sends counted so far, and the staff-reply state of the current natural day.
            var day: Int64 = .min
            var firstInbound: Int64?
            var answered = false
            while index < all.upperBound {
                let at = inputs.touchAt[index]
                guard at < last.end else { break }
                if periodIndex < 0 || at >= periods[periodIndex].end {
                    periodIndex = max(periodIndex, 0)
                    while at >= periods[periodIndex].end { periodIndex += 1 }
                    sends.removeAll(keepingCapacity: true)
                    day = .min
                    firstInbound = nil
                    answered = false
                }
                if at < periods[periodIndex].start {
                    index += 1
                    continue
                }
                switch inputs.touchKind[index] {
                case .massSend:
                    // Mass-send response: an inbound touch within the window, before the next mass send to this
                    // contact; one recipient counts once per campaign.
                    let campaign = inputs.touchCampaign[index]
                    let key = campaign >= 0 ? Int64(campaign) : -at - 1
                    guard !sends.contains(key) else { break }
                    sends.append(key)
                    counts[periodIndex].recipients += 1
                    var next = index + 1
                    while next < all.upperBound {
                        let later = inputs.touchAt[next]
                        if later >= at + max(window, longWindow) || (inputs.touchKind[next] == .massSend && later > at) { break }
                        if inputs.touchDirection[next] == .inbound && later > at {
                            if later < at + window { counts[periodIndex].responded += 1 }
                            if later < at + longWindow { counts[periodIndex].respondedLong += 1 }
                            break
                        }
                        next += 1
                    }
                case .privateChat:
                    // Staff reply: per natural day, a chat the customer started (first private chat inbound) that
                    // staff answered the same day.
                    let touchDay = clock.day(of: at)
                    if touchDay != day {
                        day = touchDay
                        firstInbound = inputs.touchDirection[index] == .inbound ? at : nil
                        answered = false
                        if firstInbound != nil { counts[periodIndex].initiated += 1 }
                    } else if let started = firstInbound, !answered, inputs.touchDirection[index] == .outbound {
                        answered = true
                        counts[periodIndex].replied += 1
                        counts[periodIndex].replyMinutes += Double(at - started) / 60
                    }
                default:
                    break
                }
                index += 1
            }
        }
        return counts.map { counts in
            [
                "mass_send_response_rate": ratio(Double(counts.responded), Double(counts.recipients)),
                "mass_send_response_rate_72h": ratio(Double(counts.respondedLong), Double(counts.recipients)),
                "staff_reply_rate": ratio(Double(counts.replied), Double(counts.initiated)),
                "first_reply_minutes": ratio(counts.replyMinutes, Double(counts.replied)),
            ]
        }
    }
}
