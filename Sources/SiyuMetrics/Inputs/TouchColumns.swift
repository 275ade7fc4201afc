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
    var inboundSpeakersByGroup: [String: [String]]
    var outboundByGroup: [String: [Int64]]

    init(_ dataset: Dataset, contactNumbers: [String: Int32]) {
        let contacts = dataset.contacts
        // Touches per subject; ids that are no contact get numbers after the contacts.
        let touchRows = dataset.touches
        var strangers: [String: Int32] = [:]
        var subjects = [Int32](repeating: 0, count: touchRows.count)
        var campaigns = Numbering()
        var campaign = [Int32](repeating: -1, count: touchRows.count)
        var at = [Int64](repeating: 0, count: touchRows.count)
        var groupInbound: [String: [(Int64, String)]] = [:]
        var groupOutbound: [String: [Int64]] = [:]
        // Exports list a contact's touches together (92% of rows repeat the previous id in our samples): one
        // lookup per run of rows rather than per row, which at S=10 means 1M hash probes instead of 13M.
        var lastContact = "", lastSubject: Int32 = 0
        for (index, touch) in touchRows.enumerated() {
            if index == 0 || touch.contactId != lastContact {
                lastContact = touch.contactId
                if let number = contactNumbers[touch.contactId] {
                    lastSubject = number
                } else {
                    lastSubject = strangers[touch.contactId] ?? Int32(contacts.count + strangers.count)
                    strangers[touch.contactId] = lastSubject
                }
            }
            subjects[index] = lastSubject
            at[index] = touch.at
            if let name = touch.campaign { campaign[index] = campaigns.number(name) }
            guard touch.kind == .groupMessage, let group = touch.groupId else { continue }
            if touch.direction == .inbound {
                groupInbound[group, default: []].append((touch.at, touch.contactId))
            } else {
                groupOutbound[group, default: []].append(touch.at)
            }
        }
        let inbound = touchRows.map { $0.direction == .inbound }
        let touches = GroupedRows(owners: contacts.count + strangers.count, keys: subjects) { left, right in
            let l = Int(left), r = Int(right)
            if at[l] != at[r] { return at[l] < at[r] }
            if inbound[l] != inbound[r] { return inbound[l] }
            return l < r
        }
        self.at = touches.gather { at[$0] }
        kind = touches.gather { touchRows[$0].kind }
        direction = touches.gather { touchRows[$0].direction }
        self.campaign = touches.gather { campaign[$0] }
        self.touches = touches
        campaignNames = campaigns.names

        let sortedInbound = groupInbound.mapValues { $0.sorted { $0 < $1 } }
        inboundByGroup = sortedInbound.mapValues { $0.map(\.0) }
        inboundSpeakersByGroup = sortedInbound.mapValues { $0.map(\.1) }
        outboundByGroup = groupOutbound.mapValues { $0.sorted() }
    }
}
