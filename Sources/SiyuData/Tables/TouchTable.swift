import SiyuCore

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
    /// The number of the last group appended from a cell, or -1.
    private var lastGroup: Int32 = -1

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
        contacts.append(contactNumbers.number(contact, tryingFirst: contacts.last ?? -1))
        times.append(at)
        kinds.append(kind)
        directions.append(direction)
        if let group { lastGroup = groupNumbers.number(group, tryingFirst: lastGroup) }
        groups.append(group == nil ? -1 : lastGroup)
        campaigns.append(campaign.map { campaignNumbers.number($0) } ?? -1)
    }

    /// The parts' touches in order, their ids renumbered into one numbering: the first part's numbers stay, the
    /// others' ids are numbered after them from their keys, and each column is joined on all cores and let go in
    /// the parts. Appending part after part on one core, hashing every id's `String` again, was 0.39 s of a 5.4 s
    /// `siyu kpis` at S=10.
    init(merging parts: inout [TouchTable]) {
        guard parts.count > 1 else {
            if let only = parts.first { self = only }
            return
        }
        contactNumbers = parts[0].contactNumbers
        groupNumbers = parts[0].groupNumbers
        campaignNumbers = parts[0].campaignNumbers
        var contactMaps: [[Int32]?] = [nil], groupMaps: [[Int32]?] = [nil], campaignMaps: [[Int32]?] = [nil]
        contactNumbers.reserveCapacity(parts.reduce(0) { $0 + $1.contactIds.count })
        for part in parts.dropFirst() {
            contactMaps.append(contactNumbers.numbers(of: part.contactNumbers))
            groupMaps.append(groupNumbers.numbers(of: part.groupNumbers))
            campaignMaps.append(campaignNumbers.numbers(of: part.campaignNumbers))
        }
        contacts = Self.joined(Self.take(\.contacts, from: &parts), renumbering: contactMaps)
        groups = Self.joined(Self.take(\.groups, from: &parts), renumbering: groupMaps)
        campaigns = Self.joined(Self.take(\.campaigns, from: &parts), renumbering: campaignMaps)
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

    /// Numbers through each part's map (nil keeps them); -1, for none, stays.
    private static func joined(_ columns: [[Int32]], renumbering maps: [[Int32]?]) -> [Int32] {
        Parallel.joined(counts: columns.map(\.count)) { part, slice in
            columns[part].withUnsafeBufferPointer { numbers in
                guard let map = maps[part] else { return _ = slice.initialize(fromContentsOf: numbers) }
                for index in numbers.indices { slice[index] = numbers[index] < 0 ? -1 : map[Int(numbers[index])] }
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
