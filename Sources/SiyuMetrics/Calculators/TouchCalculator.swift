import SiyuData

/// Touch KPIs (KPIS.md §2): mass-send response and staff reply rate, as WeCom defines 已回复聊天占比.
package enum TouchCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        guard inputs.dataset.present.contains(.touches) else {
            return ["mass_send_response_rate": nil, "mass_send_response_rate_72h": nil, "staff_reply_rate": nil,
                    "first_reply_minutes": nil]
        }
        let window = inputs.settings.responseWindowHours * 3600
        let longWindow = 72 * 3600 as Int64
        let clock = inputs.settings.clock
        var recipients = 0, responded = 0, respondedLong = 0
        var initiated = 0, replied = 0
        var replyMinutes = 0.0
        var sends: [Int64] = []

        for subject in 0..<inputs.touches.owners {
            let all = inputs.touches.range(of: subject)
            let inPeriod = inputs.firstTouch(subject, from: period.start)..<lowerBound(inputs.touchAt, period.end, in: all)
            // Mass-send response: an inbound touch within the window, before the next mass send to this contact.
            sends.removeAll(keepingCapacity: true)
            for index in inPeriod where inputs.touchKind[index] == .massSend {
                let at = inputs.touchAt[index]
                let campaign = inputs.touchCampaign[index]
                let key = campaign >= 0 ? Int64(campaign) : -at - 1
                guard !sends.contains(key) else { continue }  // one recipient counts once per campaign
                sends.append(key)
                recipients += 1
                var next = index + 1
                while next < all.upperBound {
                    let later = inputs.touchAt[next]
                    if later >= at + max(window, longWindow) || (inputs.touchKind[next] == .massSend && later > at) { break }
                    if inputs.touchDirection[next] == .inbound && later > at {
                        if later < at + window { responded += 1 }
                        if later < at + longWindow { respondedLong += 1 }
                        break
                    }
                    next += 1
                }
            }
            // Staff reply: per natural day, a chat the customer started (first private chat inbound) that staff
            // answered the same day.
            var day: Int64 = .min
            var firstInbound: Int64?
            var answered = false
            for index in inPeriod where inputs.touchKind[index] == .privateChat {
                let at = inputs.touchAt[index]
                let touchDay = clock.day(of: at)
                if touchDay != day {
                    day = touchDay
                    firstInbound = inputs.touchDirection[index] == .inbound ? at : nil
                    answered = false
                    if firstInbound != nil { initiated += 1 }
                    continue
                }
                if let started = firstInbound, !answered, inputs.touchDirection[index] == .outbound {
                    answered = true
                    replied += 1
                    replyMinutes += Double(at - started) / 60
                }
            }
        }
        return [
            "mass_send_response_rate": ratio(Double(responded), Double(recipients)),
            "mass_send_response_rate_72h": ratio(Double(respondedLong), Double(recipients)),
            "staff_reply_rate": ratio(Double(replied), Double(initiated)),
            "first_reply_minutes": ratio(replyMinutes, Double(replied)),
        ]
    }
}
