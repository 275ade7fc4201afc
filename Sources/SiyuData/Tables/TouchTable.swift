import SiyuCore

/// touches.csv as columns: ids numbered once (contacts, groups, campaigns) and 22 bytes per touch instead of the
/// 64 of an array of `Touch` — 13 million touches at S=10 went from 830 MB to 290 MB. It still reads as a
/// collection of `Touch` values for code that wants rows.
package struct TouchTable: Sendable, RandomAccessCollection, Equatable, ExpressibleByArrayLiteral {
    /// Number of each touch's contact id in `contactIds`: the ids of contacts.csv numbered before the touches
    /// were read (`knownContactIds`), then the others in first-seen order.
    package private(set) var contacts: [Int32] = []
    /// Joined anew on every use: a million ids at S=10.
    package var contactIds: [String] { knownContacts.ids + otherContacts.ids }
    /// The contact ids numbered before reading, in their order: touches naming them carry their numbers.
    package var knownContactIds: [String] { knownContacts.ids }
    package private(set) var times: [Int64] = []
    package private(set) var kinds: [TouchKind] = []
    package private(set) var directions: [Direction] = []
    /// Number of each touch's group in `groupIds`, or -1.
    package private(set) var groups: [Int32] = []
    package var groupIds: [String] { groupNumbers.ids }
    /// Number of each touch's campaign in `campaignNames`, or -1.
    package private(set) var campaigns: [Int32] = []
    package var campaignNames: [String] { campaignNumbers.ids }
    /// Shared with every part of the file and never changed here, so that a part only looks contacts up.
    private var knownContacts: IdentifierNumbering
    /// Ids no contact has, numbered from `knownContacts.count` on.
    private var otherContacts = IdentifierNumbering(forCells: true)
    private var groupNumbers = IdentifierNumbering(forCells: true)
    private var campaignNumbers = IdentifierNumbering(forCells: true)
    /// The number of the last group appended from a cell, or -1.
    private var lastGroup: Int32 = -1

    package init() {
        knownContacts = IdentifierNumbering()
    }

    /// An empty table whose touches will name contacts by their numbers in `contacts`. Numbering contacts.csv's
    /// ids before reading touches.csv (0.08 s at S=10, beside reading orders.csv) spares renumbering the parts'
    /// contact ids into one numbering (0.10 s) and looking a million ids up again among the contacts (0.05–0.08 s),
    /// when `numbersContactsByRow` holds.
    package init(numberingContactsAs contacts: IdentifierNumbering) {
        knownContacts = contacts
    }

    package init(_ touches: some Sequence<Touch>) {
        self.init()
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
        if let last = contacts.last, contactId(last) == touch.contactId {
            contacts.append(last)
        } else {
            contacts.append(knownContacts.lookup(touch.contactId) ?? firstOtherContact + otherContacts.number(touch.contactId))
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
        contacts.append(contactNumber(contact))
        times.append(at)
        kinds.append(kind)
        directions.append(direction)
        if let group { lastGroup = groupNumbers.number(group, tryingFirst: lastGroup) }
        groups.append(group == nil ? -1 : lastGroup)
        campaigns.append(campaign.map { campaignNumbers.number($0) } ?? -1)
    }

    /// The number of the contact id in a cell: the previous touch's, a contact's, or one for an id no contact has.
    @inline(__always)
    private mutating func contactNumber(_ cell: CellText) -> Int32 {
        // Exports list a contact's touches together: the previous row's id usually matches, without hashing.
        if let last = contacts.last {
            if last < firstOtherContact ? knownContacts.isNumber(last, of: cell) : otherContacts.isNumber(last - firstOtherContact, of: cell) {
                return last
            }
            // And often contact after contact in contacts.csv's order: the next contact's id is checked before
            // hashing into a table of a million, where nearly every lookup missed the cache.
            if last + 1 < firstOtherContact, knownContacts.isNumber(last + 1, of: cell) { return last + 1 }
        }
        return knownContacts.lookup(cell) ?? firstOtherContact + otherContacts.number(cell)
    }

    private var firstOtherContact: Int32 { Int32(knownContacts.count) }

    /// Whether the touches name `contacts` by their rows, and ids no contact has by numbers after them: read
    /// with those contacts' ids numbered, and no row dropped or repeated since.
    package func numbersContactsByRow(_ contacts: [Contact]) -> Bool {
        knownContacts.count == contacts.count && zip(knownContacts.ids, contacts).allSatisfy { $0 == $1.id }
    }

    /// The numbering of `contacts`' ids by row the touches were read with, when `numbersContactsByRow` holds.
    package func contactNumbering(of contacts: [Contact]) -> IdentifierNumbering? {
        numbersContactsByRow(contacts) ? knownContacts : nil
    }

    private func contactId(_ number: Int32) -> String {
        number < firstOtherContact ? knownContacts.ids[Int(number)] : otherContacts.ids[Int(number - firstOtherContact)]
    }

    /// The parts' touches in order, their ids renumbered into one numbering: the known contacts' and the first
    /// part's numbers stay, the others' ids are numbered after them from their keys, and each column is joined on
    /// all cores and let go in the parts. Appending part after part on one core, hashing every id's `String`
    /// again, was 0.39 s of a 5.4 s `siyu kpis` at S=10.
    init(merging parts: inout [TouchTable]) {
        guard parts.count > 1 else {
            self = parts.first ?? TouchTable()
            return
        }
        knownContacts = parts[0].knownContacts
        otherContacts = parts[0].otherContacts
        groupNumbers = parts[0].groupNumbers
        campaignNumbers = parts[0].campaignNumbers
        var contactMaps: [[Int32]?] = [nil], groupMaps: [[Int32]?] = [nil], campaignMaps: [[Int32]?] = [nil]
        for part in parts.dropFirst() {
            precondition(part.knownContacts.count == knownContacts.count, "the parts of a file number the same contacts")
            contactMaps.append(otherContacts.numbers(of: part.otherContacts))
            groupMaps.append(groupNumbers.numbers(of: part.groupNumbers))
            campaignMaps.append(campaignNumbers.numbers(of: part.campaignNumbers))
        }
        contacts = Self.joined(Self.take(\.contacts, from: &parts), renumbering: contactMaps, from: firstOtherContact)
        groups = Self.joined(Self.take(\.groups, from: &parts), renumbering: groupMaps, from: 0)
        campaigns = Self.joined(Self.take(\.campaigns, from: &parts), renumbering: campaignMaps, from: 0)
        times = Self.joined(Self.take(\.times, from: &parts))
        kinds = Self.joined(Self.take(\.kinds, from: &parts))
        directions = Self.joined(Self.take(\.directions, from: &parts))
        parts.removeAll()
    }

    /// One column of every part, emptied in the parts so that it is let go once joined.
    private static func take<T>(_ column: WritableKeyPath<TouchTable, [T]>, from parts: inout [TouchTable]) -> [[T]] {
        parts.indices.map { index in
            defer { parts[index][keyPath: column] = [] }
            return parts[index][keyPath: column]
        }
    }

    private static func joined<T: BitwiseCopyable & Sendable>(_ columns: [[T]]) -> [T] {
        Parallel.joined(counts: columns.map(\.count)) { part, slice in
            columns[part].withUnsafeBufferPointer { _ = slice.initialize(fromContentsOf: $0) }
        }
    }

    /// Numbers from `first` on through each part's map (nil keeps them); those below, such as -1 for none, stay.
    private static func joined(_ columns: [[Int32]], renumbering maps: [[Int32]?], from first: Int32) -> [Int32] {
        Parallel.joined(counts: columns.map(\.count)) { part, slice in
            columns[part].withUnsafeBufferPointer { numbers in
                guard let map = maps[part] else { return _ = slice.initialize(fromContentsOf: numbers) }
                for (index, number) in numbers.enumerated() {
                    slice[index] = number < first ? number : first + map[Int(number - first)]
                }
            }
        }
    }

    /// The columns, handed over so that each can be let go once used; ids are numbers into the three lists.
    package struct Columns {
        package var contacts: [Int32]
        package var times: [Int64]
        package var kinds: [TouchKind]
        package var directions: [Direction]
        package var groups: [Int32]
        package var campaigns: [Int32]
        /// Contact ids: `knownContactIds` (numbers from 0) then `otherContactIds`.
        package var knownContactIds: [String]
        package var otherContactIds: [String]
        package var groupIds: [String]
        package var campaignNames: [String]
    }

    package consuming func columns() -> Columns {
        Columns(contacts: contacts, times: times, kinds: kinds, directions: directions, groups: groups, campaigns: campaigns,
                knownContactIds: knownContacts.ids, otherContactIds: otherContacts.ids, groupIds: groupIds, campaignNames: campaignNames)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { times.count }

    package subscript(position: Int) -> Touch {
        Touch(contactId: contactId(contacts[position]), at: times[position], kind: kinds[position],
              direction: directions[position], groupId: groups[position] < 0 ? nil : groupNumbers.ids[Int(groups[position])],
              campaign: campaigns[position] < 0 ? nil : campaignNumbers.ids[Int(campaigns[position])])
    }

    /// The same touches in the same order, however the ids were numbered.
    package static func == (left: TouchTable, right: TouchTable) -> Bool {
        left.elementsEqual(right)
    }
}
