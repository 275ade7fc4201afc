/// touches.csv as columns: ids numbered once (contacts, groups, campaigns) and 22 bytes per touch instead of the
/// 64 of an array of `Touch` — 13 million touches at S=10 went from 830 MB to 290 MB. It still reads as a
/// collection of `Touch` values for code that wants rows.
package struct TouchTable: Sendable, RandomAccessCollection, Equatable, ExpressibleByArrayLiteral {
    /// Number of each touch's contact id in `contactIds` (first-seen order).
    package private(set) var contacts: [Int32] = []
    package var contactIds: [String] { contactNumbers.ids }
    package private(set) var times: [Int64] = []
    package private(set) var kinds: [TouchKind] = []
    package private(set) var directions: [Direction] = []
    /// Number of each touch's group in `groupIds`, or -1.
    package private(set) var groups: [Int32] = []
    package var groupIds: [String] { groupNumbers.ids }
    /// Number of each touch's campaign in `campaignNames`, or -1.
    package private(set) var campaigns: [Int32] = []
    package var campaignNames: [String] { campaignNumbers.ids }
    private var contactNumbers = IdentifierNumbering(forCells: true)
    private var groupNumbers = IdentifierNumbering(forCells: true)
    private var campaignNumbers = IdentifierNumbering(forCells: true)

    package init() {}

    package init(_ touches: some Sequence<Touch>) {
        for touch in touches { append(touch) }
    }

    package init(arrayLiteral touches: Touch...) {
        self.init(touches)
    }

    package mutating func reserveCapacity(_ count: Int) {
        contacts.reserveCapacity(count)
        times.reserveCapacity(count)
        kinds.reserveCapacity(count)
        directions.reserveCapacity(count)
        groups.reserveCapacity(count)
        campaigns.reserveCapacity(count)
    }

    package mutating func append(_ touch: Touch) {
        // Exports list a contact's touches together: the previous row's id usually matches, without hashing.
        if let last = contacts.last, contactNumbers.ids[Int(last)] == touch.contactId {
            contacts.append(last)
        } else {
            contacts.append(contactNumbers.number(touch.contactId))
        }
        times.append(touch.at)
        kinds.append(touch.kind)
        directions.append(touch.direction)
        groups.append(touch.groupId.map { groupNumbers.number($0) } ?? -1)
        campaigns.append(touch.campaign.map { campaignNumbers.number($0) } ?? -1)
    }

    /// Appends a touch from the cells of its row: ids are numbered from their bytes, so a row costs no `String`.
    mutating func append(contact: CellText, at: Int64, kind: TouchKind, direction: Direction, group: CellText?,
                         campaign: CellText?) {
        // Exports list a contact's touches together: the previous row's id usually matches, without hashing.
        if let last = contacts.last, contactNumbers.isNumber(last, of: contact) {
            contacts.append(last)
        } else {
            contacts.append(contactNumbers.number(contact))
        }
        times.append(at)
        kinds.append(kind)
        directions.append(direction)
        groups.append(group.map { groupNumbers.number($0) } ?? -1)
        campaigns.append(campaign.map { campaignNumbers.number($0) } ?? -1)
    }

    /// The parts' touches in order, their ids renumbered into one numbering. Room for all of them is made first,
    /// and each part is let go once copied.
    /// The first part is taken as it is, its numbering kept: renumbering it through lazily mapped appends was
    /// half of merging (0.31G instructions at S=1).
    init(merging parts: inout [TouchTable]) {
        guard !parts.isEmpty else { return }
        let total = parts.reduce(0) { $0 + $1.count }, ids = parts.reduce(0) { $0 + $1.contactIds.count }
        swap(&self, &parts[0])
        reserveCapacity(total)
        contactNumbers.reserveCapacity(ids)
        for index in parts.indices.dropFirst() {
            append(contentsOf: parts[index])
            parts[index] = TouchTable()
        }
    }

    /// Appends another table's touches, renumbering its ids into this table's.
    package mutating func append(contentsOf other: TouchTable) {
        let contactMap = other.contactIds.map { contactNumbers.number($0) }
        let groupMap = other.groupIds.map { groupNumbers.number($0) }
        let campaignMap = other.campaignNames.map { campaignNumbers.number($0) }
        // Mapped into arrays first: appending a lazy map went element by element through a generic path.
        contacts += other.contacts.map { contactMap[Int($0)] }
        times += other.times
        kinds += other.kinds
        directions += other.directions
        groups += other.groups.map { $0 < 0 ? -1 : groupMap[Int($0)] }
        campaigns += other.campaigns.map { $0 < 0 ? -1 : campaignMap[Int($0)] }
    }

    /// The columns, handed over so that each can be let go once used; ids are numbers into the three lists.
    package struct Columns {
        package var contacts: [Int32]
        package var times: [Int64]
        package var kinds: [TouchKind]
        package var directions: [Direction]
        package var groups: [Int32]
        package var campaigns: [Int32]
        package var contactIds: [String]
        package var groupIds: [String]
        package var campaignNames: [String]
    }

    package consuming func columns() -> Columns {
        Columns(contacts: contacts, times: times, kinds: kinds, directions: directions, groups: groups, campaigns: campaigns,
                contactIds: contactIds, groupIds: groupIds, campaignNames: campaignNames)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { times.count }

    package subscript(position: Int) -> Touch {
        Touch(contactId: contactNumbers.ids[Int(contacts[position])], at: times[position], kind: kinds[position],
              direction: directions[position], groupId: groups[position] < 0 ? nil : groupNumbers.ids[Int(groups[position])],
              campaign: campaigns[position] < 0 ? nil : campaignNumbers.ids[Int(campaigns[position])])
    }

    /// The same touches in the same order, however the ids were numbered.
    package static func == (left: TouchTable, right: TouchTable) -> Bool {
        left.elementsEqual(right)
    }
}
