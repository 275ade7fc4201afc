import SiyuData

/// Activity (KPIS.md §2): a contact is active in a period with an inbound touch or a qualifying order.
/// Outbound touches alone never make a contact active.
package enum ActivityCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        compute(inputs, periods: [period])[0]
    }

    /// The KPIs of each of `periods` (ascending, none overlapping) in one pass over each contact's touches: a
    /// search of every contact's touches per period was 0.31 s of CPU for the trend periods at S=10.
    package static func compute(_ inputs: MetricInputs, periods: [Period]) -> [KPIValues] {
        let measurable = inputs.dataset.present.contains(.touches) || inputs.hasOrders
        // Whether each person bought in each period, person after person: a contact's periods then share a cache
        // line, where a list per period cost a miss each (one per trend period).
        let count = periods.count
        var buying = [Bool](repeating: false, count: inputs.personIds.count * count)
        for (index, period) in periods.enumerated() {
            for order in inputs.orderRange(from: period.start, to: period.end, qualifyingOnly: true) {
                buying[Int(inputs.qualifyingOrderPersons[order]) * count + index] = true
            }
        }
        var exposed = [Int](repeating: 0, count: periods.count)
        var active = exposed, endPool = exposed
        // The periods in which the current contact sent something.
        var sent = [Bool](repeating: false, count: periods.count)
        for contact in inputs.contactAdded.indices {
            markInbound(inputs, contact, periods, &sent)
            let bought = Int(inputs.contactPerson[contact]) * count
            for (index, period) in periods.enumerated() {
                if inputs.isInPool(contact, at: period.end) { endPool[index] += 1 }
                guard inputs.contactAdded[contact] < period.end, inputs.contactLost[contact] >= period.start else { continue }
                exposed[index] += 1
                if buying[bought + index] || sent[index] { active[index] += 1 }
            }
        }
        return periods.indices.map { index in
            ["active_rate": measurable ? ratio(Double(active[index]), Double(exposed[index])) : nil,
             "active_rate_end": measurable ? ratio(Double(active[index]), Double(endPool[index])) : nil]
        }
    }

    /// Sets `sent[p]` to whether the subject sent anything in `periods[p]`, walking its touches once.
    static func markInbound(_ inputs: MetricInputs, _ subject: Int, _ periods: [Period], _ sent: inout [Bool]) {
        for index in sent.indices { sent[index] = false }
        guard let first = periods.first, let last = periods.last else { return }
        let end = inputs.touches.range(of: subject).upperBound
        var index = inputs.firstTouch(subject, from: first.start)
        var period = 0
        while index < end {
            let at = inputs.touchAt[index]
            guard at < last.end else { return }
            while at >= periods[period].end { period += 1 }
            if at >= periods[period].start && inputs.touchDirection[index] == .inbound {
                sent[period] = true
                // Nothing more to learn in this period: go on from the next one's first touch.
                guard period + 1 < periods.count else { return }
                period += 1
                index = SiyuMetrics.lowerBound(inputs.touchAt, periods[period].start, in: index..<end)
                continue
            }
            index += 1
        }
    }

    /// Whether the subject sent anything in the period.
    static func hasInbound(_ inputs: MetricInputs, _ subject: Int, _ period: Period) -> Bool {
        var index = inputs.firstTouch(subject, from: period.start)
        let end = inputs.touches.range(of: subject).upperBound
        while index < end && inputs.touchAt[index] < period.end {
            if inputs.touchDirection[index] == .inbound { return true }
            index += 1
        }
        return false
    }
}
