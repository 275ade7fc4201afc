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

        for touches in inputs.touchesByContact.values {
            // Mass-send response: an inbound touch within the window, before the next mass send to this contact.
            var sends = Set<String>()
            for (index, touch) in touches.enumerated() where touch.kind == .massSend && period.contains(touch.at) {
                let key = touch.campaign ?? String(touch.at)
                guard sends.insert(key).inserted else { continue }  // one recipient counts once per campaign
                recipients += 1
                var next = index + 1
                while next < touches.count {
                    let later = touches[next]
                    if later.at >= touch.at + max(window, longWindow) || (later.kind == .massSend && later.at > touch.at) { break }
                    if later.direction == .inbound && later.at > touch.at {
                        if later.at < touch.at + window { responded += 1 }
                        if later.at < touch.at + longWindow { respondedLong += 1 }
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
            for touch in touches where touch.kind == .privateChat && period.contains(touch.at) {
                let touchDay = clock.day(of: touch.at)
                if touchDay != day {
                    day = touchDay
                    firstInbound = touch.direction == .inbound ? touch.at : nil
                    answered = false
                    if firstInbound != nil { initiated += 1 }
                    continue
                }
                if let started = firstInbound, !answered, touch.direction == .outbound {
                    answered = true
                    replied += 1
                    replyMinutes += Double(touch.at - started) / 60
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
