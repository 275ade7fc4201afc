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

    init(_ dataset: Dataset, contactNumbers: ContactNumbers) {
        let contacts = dataset.contacts.count
        let table = dataset.touches
        // Subjects: contacts keep their numbers; ids only touches.csv names come after them. One lookup per
        // distinct id, not per touch.
        var strangers = Int32(contacts)
        let subjectOfId = table.contactIds.map { id -> Int32 in
            if let number = contactNumbers.lookup(id) { return number }
            defer { strangers += 1 }
            return strangers
        }
        let subjects = table.contacts.map { subjectOfId[Int($0)] }
        let at = table.times
        let directions = table.directions
        let touches = GroupedRows(owners: Int(strangers), keys: subjects) { left, right in
            let l = Int(left), r = Int(right)
            if at[l] != at[r] { return at[l] < at[r] }
            if directions[l] != directions[r] { return directions[l] == .inbound }
            return l < r
        }
        self.at = touches.gather(at)
        kind = touches.gather(table.kinds)
        direction = touches.gather(directions)
        campaign = touches.gather(table.campaigns)
        self.touches = touches
        campaignNames = table.campaignNames

        // Group messages per group number: (time, speaker) inbound, times outbound.
        var inbound = [[(Int64, Int32)]](repeating: [], count: table.groupIds.count)
        var outbound = [[Int64]](repeating: [], count: table.groupIds.count)
        for index in table.indices where table.kinds[index] == .groupMessage && table.groups[index] >= 0 {
            let group = Int(table.groups[index])
            if directions[index] == .inbound {
                inbound[group].append((at[index], table.contacts[index]))
            } else {
                outbound[group].append(at[index])
            }
        }
        var inboundByGroup: [String: [Int64]] = [:], speakers: [String: [Int32]] = [:], outboundByGroup: [String: [Int64]] = [:]
        for (group, id) in table.groupIds.enumerated() {
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
    }
}
