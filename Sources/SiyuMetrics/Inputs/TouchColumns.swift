import SiyuData

/// The touch half of `MetricInputs`: touches grouped per subject — contacts first, then the ids only
/// touches.csv names — ascending by time with inbound before outbound at the same second, and the group-message
/// times per group.
struct TouchColumns: Sendable {
    var touches: GroupedRows
    var at: [Int64]
    var kind: [TouchKind]
    var direction: [Direction]
    var campaign: [Int32]
    var campaignNames: [String]
    var inboundByGroup: [String: [Int64]]
    /// Who sent each inbound group message: numbers of touches.csv's contact ids.
    var inboundSpeakersByGroup: [String: [Int32]]
    var outboundByGroup: [String: [Int64]]

    /// Each of the table's columns is let go as soon as it has been used, so the touches are not held twice.
    /// `numberedByRow`: whether the table numbers the contacts by row (`TouchTable.numbersContactsByRow`).
    init(_ table: consuming TouchTable, contactCount: Int, numberedByRow: Bool, contactNumbers: ContactNumbers) {
        var columns = table.columns()

        // Group messages per group number: (time, speaker) inbound, times outbound.
        var inbound = [[(Int64, Int32)]](repeating: [], count: columns.groupIds.count)
        var outbound = [[Int64]](repeating: [], count: columns.groupIds.count)
        // Group cells first, then kinds matched by pattern: the enums' `==` was a call per touch here, 0.9% of the
        // samples of `siyu kpis` at S=10 (medians of 8 alternating runs: 2.81 -> 2.75 s, near the noise).
        for index in columns.times.indices where columns.groups[index] >= 0 {
            guard case .groupMessage = columns.kinds[index] else { continue }
            let group = Int(columns.groups[index])
            if case .inbound = columns.directions[index] {
                inbound[group].append((columns.times[index], columns.contacts[index]))
            } else {
                outbound[group].append(columns.times[index])
            }
        }
        columns.groups = []
        var inboundByGroup: [String: [Int64]] = [:], speakers: [String: [Int32]] = [:], outboundByGroup: [String: [Int64]] = [:]
        for (group, id) in columns.groupIds.enumerated() {
            if !inbound[group].isEmpty {
                let sorted = inbound[group].sorted { $0 < $1 }
                inboundByGroup[id] = sorted.map(\.0)
                speakers[id] = sorted.map(\.1)
            }
            if !outbound[group].isEmpty { outboundByGroup[id] = outbound[group].sorted() }
        }
        self.inboundByGroup = inboundByGroup
        inboundSpeakersByGroup = speakers
        self.outboundByGroup = outboundByGroup

        // Subjects: contacts keep their numbers; ids only touches.csv names come after them.
        var subjects = columns.contacts.take()
        let subjectCount: Int32
        if numberedByRow {
            subjectCount = Int32(contactCount + columns.otherContactIds.count)
        } else {
            // One lookup per distinct id, not per touch, renumbered in place: a new array would be 64 MB more at
            // the peak at S=10.
            var next = Int32(contactCount)
            var subjectOfId = contactNumbers.lookup(columns.knownContactIds + columns.otherContactIds)
            for index in subjectOfId.indices where subjectOfId[index] < 0 {
                subjectOfId[index] = next
                next += 1
            }
            subjectCount = next
            subjects.withUnsafeMutableBufferPointer { numbers in
                for index in numbers.indices { numbers[index] = subjectOfId[Int(numbers[index])] }
            }
        }
        let touches = { (times: [Int64], directions: [Direction]) in
            // Constants, not the `columns` variable, which a closure would reach through a box on every access.
            GroupedRows(owners: Int(subjectCount), keys: subjects) { left, right in
                let l = Int(left), r = Int(right)
                if times[l] != times[r] { return times[l] < times[r] }
                if directions[l] != directions[r] { return directions[l] == .inbound }
                return l < r
            }
        }(columns.times, columns.directions)
        subjects = []  // let go before the columns are reordered, where the memory peaks
        // Each column is moved out of `columns`, so that a local grouping can reorder it in place.
        at = touches.gather(columns.times.take())
        kind = touches.gather(columns.kinds.take())
        direction = touches.gather(columns.directions.take())
        campaign = touches.gather(columns.campaigns.take())
        campaignNames = columns.campaignNames
        self.touches = touches.droppingRowMap()
    }
}
