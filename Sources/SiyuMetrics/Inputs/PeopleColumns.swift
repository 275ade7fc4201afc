import SiyuCore
import SiyuData

/// The person and order half of `MetricInputs`: persons numbered in customer-id order, each contact's person,
/// channel and owner numbers, orders in time order, and each person's qualifying purchases.
struct PeopleColumns: Sendable {
    var personIds: [String]
    var personNumbers: PersonNumbers
    var personLinked: [Bool]
    var firstContactOfPerson: [Int32]
    var personFirstAdd: [Int64]
    var personFirstLoss: [Int64]
    var contactPerson: [Int32]
    var contactAdded: [Int64]
    var contactLost: [Int64]
    var contactChannel: [Int32]
    var channelNames: [String]
    var contactOwner: [Int32]
    var ownerNames: [String]
    var orderTimes: [Int64]
    var orderPersons: [Int32]
    var orderAmounts: [Int64]
    var orderQualifies: [Bool]
    var orderPrivate: [Bool]
    var qualifyingTimes: [Int64]
    var qualifyingOrderPersons: [Int32]
    var qualifyingAmounts: [Int64]
    var purchases: GroupedRows
    var purchaseTimes: [Int64]
    var purchaseAmounts: [Int64]

    init(contacts: [Contact], orders: consuming OrderTable, privateChannels: Set<String>) {
        // Orders by (payment time, id) come later, as indices into these columns in file order.
        // Each column is taken out of the table, so it is let go after its last use.
        var columns = orders.columns()
        var paidAt = columns.paidAt.take(), amounts = columns.amounts.take()
        let channelOfRow = columns.channels.take()
        let qualifies = columns.refunded.take().map { !$0 }
        // One `Set<String>` lookup per distinct channel, not per order: hashing Chinese names is slow.
        let isPrivate = columns.channelNames.map(privateChannels.contains)

        // Persons: every customer id of a contact or an order, numbered in sorted id order. Orders number their
        // customers as they are read, so each distinct one is looked up once.
        let allIds = contacts.map(\.customerId) + columns.customerIds.take()
        let (index, firstRows) = IdIndex.withFirstRows(allIds)
        var firstSeen: [Int32] = []
        for row in firstRows.indices where firstRows[row] == row { firstSeen.append(Int32(row)) }
        let customerIds = firstSeen.map { allIds[Int($0)] }
        let sortedOrder = customerIds.indices.sorted { customerIds[$0] < customerIds[$1] }
        var personOfRow = [Int32](repeating: 0, count: firstRows.count)
        for (position, seen) in sortedOrder.enumerated() { personOfRow[Int(firstSeen[seen])] = Int32(position) }
        for row in personOfRow.indices { personOfRow[row] = personOfRow[Int(firstRows[row])] }
        personIds = sortedOrder.map { customerIds[$0] }
        let personNumbers = PersonNumbers(index: index, personOfRow: personOfRow)
        self.personNumbers = personNumbers
        let orderPerson = columns.customers.map { personOfRow[contacts.count + Int($0)] }
        columns.customers = []
        let persons = personIds.count

        var contactPerson = [Int32](repeating: 0, count: contacts.count)
        var linked = [Bool](repeating: false, count: persons)
        var firstContact = [Int32](repeating: -1, count: persons)
        var firstAdd = [Int64](repeating: .max, count: persons)
        var firstLoss = [Int64](repeating: .max, count: persons)
        // Byte-hashed: channel and owner names are Chinese, which `Dictionary` would normalise on every lookup.
        var channels = IdentifierNumbering(), owners = IdentifierNumbering()
        var contactChannel = [Int32](repeating: 0, count: contacts.count)
        var contactOwner = [Int32](repeating: 0, count: contacts.count)
        for (index, contact) in contacts.enumerated() {
            let person = Int(personOfRow[index])
            contactPerson[index] = Int32(person)
            linked[person] = true
            firstAdd[person] = min(firstAdd[person], contact.addedAt)
            firstLoss[person] = min(firstLoss[person], contact.lostAt ?? .max)
            let first = Int(firstContact[person])
            if first < 0 || (contacts[first].addedAt, contacts[first].id) > (contact.addedAt, contact.id) {
                firstContact[person] = Int32(index)
            }
            contactChannel[index] = channels.number(contact.channel)
            contactOwner[index] = owners.number(contact.owner ?? StaffTable.unassigned)
        }
        self.contactPerson = contactPerson
        personLinked = linked
        personFirstAdd = firstAdd
        personFirstLoss = firstLoss
        contactAdded = contacts.map(\.addedAt)
        contactLost = contacts.map { $0.lostAt ?? .max }
        firstContactOfPerson = firstContact
        self.contactChannel = contactChannel
        channelNames = channels.ids
        self.contactOwner = contactOwner
        ownerNames = owners.ids

        // Orders by (payment time, id), as indices: copies of the rows cost 450 MB at S=10, and every page of
        // fresh memory is slow to fault in on these virtual machines.
        let byTime = Self.timeOrder(paidAt, ids: columns.ids.take())
        orderTimes = byTime.map { paidAt[Int($0)] }
        paidAt = []
        orderAmounts = byTime.map { amounts[Int($0)] }
        amounts = []
        orderPersons = byTime.map { orderPerson[Int($0)] }
        orderQualifies = byTime.map { qualifies[Int($0)] }
        orderPrivate = byTime.map { channelOfRow[Int($0)] >= 0 && isPrivate[Int(channelOfRow[Int($0)])] }
        let qualifyingCount = orderQualifies.reduce(0) { $0 + ($1 ? 1 : 0) }
        var qualifyingTimes: [Int64] = [], qualifyingAmounts: [Int64] = [], qualifyingPersons: [Int32] = []
        qualifyingTimes.reserveCapacity(qualifyingCount)
        qualifyingAmounts.reserveCapacity(qualifyingCount)
        qualifyingPersons.reserveCapacity(qualifyingCount)
        for index in byTime.indices where orderQualifies[index] {
            qualifyingTimes.append(orderTimes[index])
            qualifyingAmounts.append(orderAmounts[index])
            qualifyingPersons.append(orderPersons[index])
        }
        self.qualifyingTimes = qualifyingTimes
        self.qualifyingAmounts = qualifyingAmounts
        qualifyingOrderPersons = qualifyingPersons
        // Already in time order, so each person's purchases keep it.
        let purchases = GroupedRows(owners: personIds.count, keys: qualifyingPersons) { $0 < $1 }
        purchaseTimes = purchases.gather(qualifyingTimes)
        purchaseAmounts = purchases.gather(qualifyingAmounts)
        self.purchases = purchases.droppingRowMap()
    }
}

extension PeopleColumns {
    /// Row indices in (time, id) order. Times and rows are packed into one integer each and sorted as plain
    /// numbers (`RadixSort`), then runs of equal times are put in id order: a comparison closure reading both
    /// arrays at random was 4% of `siyu kpis` at S=10 (3 million orders), and grew faster than the data.
    static func timeOrder(_ times: [Int64], ids: [String]) -> [Int32] {
        guard let earliest = times.min(), let latest = times.max() else { return [] }
        let rowBits = UInt64(Int.bitWidth - (times.count - 1).leadingZeroBitCount)
        let span = latest.subtractingReportingOverflow(earliest)
        var order: [Int32]
        if !span.overflow, rowBits < 63, UInt64(span.partialValue) < UInt64(1) << (63 - rowBits) {
            var packed = times.indices.map { UInt64(times[$0] - earliest) << rowBits | UInt64($0) }
            RadixSort.sort(&packed)
            let rowMask = UInt64(1) << rowBits - 1
            order = packed.map { Int32(truncatingIfNeeded: $0 & rowMask) }
        } else {
            order = Array(0..<Int32(times.count))
            order.sort { times[Int($0)] != times[Int($1)] ? times[Int($0)] < times[Int($1)] : $0 < $1 }
        }
        // Equal times: by id, rows in file order among equal ids (the sort is stable).
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && times[Int(order[end])] == times[Int(order[start])] { end += 1 }
            if end - start > 1 { order[start..<end].sort { ids[Int($0)] < ids[Int($1)] } }
            start = end
        }
        return order
    }
}

/// Person number by customer id.
package struct PersonNumbers: Sendable {
    /// Over the customer ids of the contacts, then the distinct ones of the orders.
    let index: IdIndex
    let personOfRow: [Int32]

    package func lookup(_ id: String) -> Int32? { index.row(of: id).map { personOfRow[Int($0)] } }
}
