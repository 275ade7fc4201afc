import SiyuCore
import SiyuData

/// The dataset with the lookups every calculator needs, built once per report and shared by all periods.
///
/// Contacts are numbered by their position in `dataset.contacts`, persons (customer ids) in sorted order, and
/// every per-contact or per-person list is a `GroupedRows` over flat columns. Calculators index arrays instead of
/// hashing ids: on the S=1 benchmark the String-keyed dictionaries this replaced made up most of an 8.6 s
/// `siyu kpis`.
package struct MetricInputs: Sendable {
    /// The dataset without its touches and orders, which live on only as the columns below.
    package let dataset: Dataset
    package let settings: MetricSettings

    /// Qualifying (not refunded) orders sorted by payment time: the time, person and amount (fen) of each.
    package let qualifyingTimes: [Int64]
    package let qualifyingOrderPersons: [Int32]
    package let qualifyingAmounts: [Int64]
    /// Every order sorted by payment time: its time, person, amount (fen), whether it qualifies, and whether
    /// its channel is one of `settings.privateChannels`.
    package let orderTimes: [Int64]
    package let orderPersons: [Int32]
    package let orderAmounts: [Int64]
    package let orderQualifies: [Bool]
    package let orderPrivate: [Bool]

    /// Customer ids in sorted order: person `p` is `personIds[p]`.
    package let personIds: [String]
    package let personNumbers: PersonNumbers
    /// Whether the person has a contact row (orders of other persons are unlinked).
    package let personLinked: [Bool]
    /// The person's earliest contact (by add time, then id), or -1: where the person came from.
    package let firstContactOfPerson: [Int32]
    /// Qualifying purchases per person, ascending by time: `purchaseTimes[purchases.range(of: p)]`.
    package let purchases: GroupedRows
    package let purchaseTimes: [Int64]
    /// Net amount of each purchase, in fen.
    package let purchaseAmounts: [Int64]

    /// The person's first add and first loss over all their relationships (`Int64.max` when never lost).
    package let personFirstAdd: [Int64]
    package let personFirstLoss: [Int64]

    /// Contact numbers by id, the first row holding it: `contactNumbers.lookup(id)`.
    package let contactNumbers: ContactNumbers
    /// Add and loss instant of each contact (`Int64.max` while in the pool).
    package let contactAdded: [Int64]
    package let contactLost: [Int64]
    /// Person of each contact.
    package let contactPerson: [Int32]
    /// Channel and owner of each contact, numbered: `channelNames[contactChannel[c]]`; a contact without an
    /// owner has `StaffTable.unassigned`.
    package let contactChannel: [Int32]
    package let channelNames: [String]
    package let contactOwner: [Int32]
    package let ownerNames: [String]
    /// The contact that referred each contact, or -1 (none, itself, or a referrer who is no contact).
    package let contactReferrer: [Int32]
    /// Whether each contact names a referrer other than itself, known as a contact or not.
    package let contactReferred: [Bool]
    /// The earliest add of anyone this contact referred (`Int64.max` when none): "has referred by t".
    package let firstRefereeAdd: [Int64]

    /// Touches per subject — contacts 0..<contacts.count, then the ids only touches.csv names — ascending by
    /// time, inbound before outbound at the same second.
    package let touches: GroupedRows
    package let touchAt: [Int64]
    package let touchKind: [TouchKind]
    package let touchDirection: [Direction]
    /// Campaign number of each touch (`campaignNames`), or -1.
    package let touchCampaign: [Int32]
    package let campaignNames: [String]

    /// Inbound group-message times per group, ascending, and who sent each.
    package let inboundByGroup: [String: [Int64]]
    package let inboundSpeakersByGroup: [String: [Int32]]
    /// Outbound (staff) group-message times per group, ascending.
    package let outboundByGroup: [String: [Int64]]
    /// Channels that have spend rows: the paid channels.
    package let paidChannels: Set<String>

    /// Consumes the dataset: its touches and orders become the columns below and are let go, so they are never
    /// held twice (530 MB at S=10). `dataset` keeps the other tables.
    package init(dataset: consuming Dataset, settings: MetricSettings) {
        var dataset = dataset
        let touchTable = Handover(dataset.touches), orders = Handover(dataset.orders)
        dataset.touches = TouchTable()
        dataset.orders = []
        self.dataset = dataset
        self.settings = settings
        let contacts = dataset.contacts

        // Contact numbers, referrals and touches on one core, people and orders on the other: together they took
        // 0.56 s at S=1 on one.
        enum Part: Sendable { case touches(TouchColumns, ContactNumbers, Referrals), people(PeopleColumns) }
        let parts = Parallel.map(2) { job -> Part in
            guard job == 0 else {
                return .people(PeopleColumns(contacts: contacts, orders: orders.take() ?? OrderTable(),
                                             privateChannels: settings.privateChannels))
            }
            let table = touchTable.take() ?? TouchTable()
            // The contacts' numbering touches.csv was read with, when it still holds: indexing their ids again took
            // 0.05 s at S=10, on the longer of the two jobs.
            let numbering = table.contactNumbering(of: contacts)
            let numbers = numbering.map(ContactNumbers.init(numbering:)) ?? ContactNumbers(contacts)
            let touched = TouchColumns(consume table, contactCount: contacts.count, numberedByRow: numbering != nil,
                                       contactNumbers: numbers)
            // After the touches, whose reordering is where memory peaks.
            return .touches(touched, numbers, Referrals(contacts, numbers))
        }
        guard case .touches(let touched, let contactNumbers, let referrals) = parts[0], case .people(let persons) = parts[1] else {
            preconditionFailure("Parallel.map returns its jobs' results in order")
        }
        self.contactNumbers = contactNumbers
        touches = touched.touches
        touchAt = touched.at
        touchKind = touched.kind
        touchDirection = touched.direction
        touchCampaign = touched.campaign
        campaignNames = touched.campaignNames
        inboundByGroup = touched.inboundByGroup
        inboundSpeakersByGroup = touched.inboundSpeakersByGroup
        outboundByGroup = touched.outboundByGroup

        qualifyingTimes = persons.qualifyingTimes
        qualifyingOrderPersons = persons.qualifyingOrderPersons
        qualifyingAmounts = persons.qualifyingAmounts
        orderTimes = persons.orderTimes
        orderPersons = persons.orderPersons
        orderAmounts = persons.orderAmounts
        orderQualifies = persons.orderQualifies
        orderPrivate = persons.orderPrivate
        personIds = persons.personIds
        personNumbers = persons.personNumbers
        personLinked = persons.personLinked
        firstContactOfPerson = persons.firstContactOfPerson
        purchases = persons.purchases
        purchaseTimes = persons.purchaseTimes
        purchaseAmounts = persons.purchaseAmounts
        personFirstAdd = persons.personFirstAdd
        personFirstLoss = persons.personFirstLoss
        contactPerson = persons.contactPerson
        contactAdded = persons.contactAdded
        contactLost = persons.contactLost
        contactChannel = persons.contactChannel
        channelNames = persons.channelNames
        contactOwner = persons.contactOwner
        ownerNames = persons.ownerNames

        contactReferrer = referrals.referrer
        contactReferred = referrals.referred
        firstRefereeAdd = referrals.firstRefereeAdd
        paidChannels = Set(dataset.spend.map(\.channel))
    }

    /// Whether orders.csv exists and has rows: without any, the KPIs of orders are missing (nil), not zero.
    package var hasOrders: Bool { dataset.present.contains(.orders) && !orderTimes.isEmpty }

    /// Indices into the qualifying or all orders' columns of the orders paid in [start, end).
    package func orderRange(from start: Int64, to end: Int64, qualifyingOnly: Bool) -> Range<Int> {
        let times = qualifyingOnly ? qualifyingTimes : orderTimes
        return SiyuMetrics.lowerBound(times, start)..<SiyuMetrics.lowerBound(times, end)
    }

    /// Indices into `purchaseTimes` of the person's qualifying payments in [start, end).
    @inline(__always)
    package func purchaseRange(_ person: Int, from start: Int64, to end: Int64) -> Range<Int> {
        let all = purchases.range(of: person)
        let first = SiyuMetrics.lowerBound(purchaseTimes, start, in: all)
        return first..<SiyuMetrics.lowerBound(purchaseTimes, end, in: first..<all.upperBound)
    }

    /// Net amount (fen) the person paid in qualifying orders in [start, end).
    package func spend(person: Int, from start: Int64, to end: Int64) -> Int64 {
        var total: Int64 = 0
        for index in purchaseRange(person, from: start, to: end) { total += purchaseAmounts[index] }
        return total
    }

    /// Net amount (fen) the person paid in [start, ends[k]) for each of the ascending `ends`, written to `totals`:
    /// one walk over the purchases instead of a search per end.
    package func spend(person: Int, from start: Int64, toEach ends: ArraySlice<Int64>, into totals: inout [Int64]) {
        let all = purchases.range(of: person)
        var index = SiyuMetrics.lowerBound(purchaseTimes, start, in: all)
        var total: Int64 = 0
        for (slot, end) in ends.enumerated() {
            while index < all.upperBound, purchaseTimes[index] < end {
                total += purchaseAmounts[index]
                index += 1
            }
            totals[slot] = total
        }
    }

    /// Whether the person has a qualifying payment in [start, end).
    @inline(__always)
    package func hasPurchase(person: Int, from start: Int64, to end: Int64) -> Bool {
        let all = purchases.range(of: person)
        let first = SiyuMetrics.lowerBound(purchaseTimes, start, in: all)
        return first < all.upperBound && purchaseTimes[first] < end
    }

    /// Net amount (fen) the customer paid in qualifying orders in [start, end).
    package func spend(_ customer: String, from start: Int64, to end: Int64) -> Int64 {
        personNumbers.lookup(customer).map { spend(person: Int($0), from: start, to: end) } ?? 0
    }

    /// Whether the customer has a qualifying payment in [start, end).
    package func hasPurchase(_ customer: String, from start: Int64, to end: Int64) -> Bool {
        personNumbers.lookup(customer).map { hasPurchase(person: Int($0), from: start, to: end) } ?? false
    }

    /// Whether contact `contact` is in the pool at `instant` (KPIS.md §0).
    @inline(__always)
    package func isInPool(_ contact: Int, at instant: Int64) -> Bool {
        contactAdded[contact] < instant && contactLost[contact] >= instant
    }

    /// Index of the first of the subject's touches at or after `instant`.
    @inline(__always)
    package func firstTouch(_ subject: Int, from instant: Int64) -> Int {
        SiyuMetrics.lowerBound(touchAt, instant, in: touches.range(of: subject))
    }
}

/// Who referred whom, by contact number: `MetricInputs.contactReferrer`, `contactReferred` and `firstRefereeAdd`.
struct Referrals: Sendable {
    let referrer: [Int32]
    let referred: [Bool]
    let firstRefereeAdd: [Int64]

    init(_ contacts: [Contact], _ numbers: ContactNumbers) {
        var referrer = [Int32](repeating: -1, count: contacts.count)
        var firstRefereeAdd = [Int64](repeating: .max, count: contacts.count)
        var referred = [Bool](repeating: false, count: contacts.count)
        // The referrers looked up all at once.
        var referees: [Int] = [], referrerIds: [String] = []
        for (index, contact) in contacts.enumerated() {
            guard let id = contact.referrerId, id != contact.id else { continue }
            referred[index] = true
            referees.append(index)
            referrerIds.append(id)
        }
        for (index, source) in zip(referees, numbers.lookup(referrerIds)) where source >= 0 {
            referrer[index] = source
            firstRefereeAdd[Int(source)] = min(firstRefereeAdd[Int(source)], contacts[index].addedAt)
        }
        self.referrer = referrer
        self.referred = referred
        self.firstRefereeAdd = firstRefereeAdd
    }
}

/// Contact number by id: the row of the first contact with that id.
package struct ContactNumbers: Sendable {
    private enum Storage {
        case index(IdIndex)
        /// The ids numbered by row, all different (`TouchTable.contactNumbering(of:)`).
        case numbering(IdentifierNumbering)
    }

    private let storage: Storage

    init(_ contacts: [Contact]) { storage = .index(IdIndex(contacts.map(\.id))) }

    init(numbering: IdentifierNumbering) { storage = .numbering(numbering) }

    package func lookup(_ id: String) -> Int32? {
        switch storage {
        case .index(let index): index.row(of: id)
        case .numbering(let numbering): numbering.lookup(id)
        }
    }

    /// The number of each id, or -1: many ids at once are found faster than one by one in an index.
    package func lookup(_ ids: [String]) -> [Int32] {
        switch storage {
        case .index(let index): index.rows(of: ids)
        case .numbering(let numbering): ids.map { numbering.lookup($0) ?? -1 }
        }
    }
}

/// First index whose value is ≥ `value` in an ascending list.
package func lowerBound(_ list: [Int64], _ value: Int64) -> Int {
    lowerBound(list, value, in: 0..<list.count)
}

/// KPI values for one period: nil when one cannot be computed (an empty denominator), never NaN.
package typealias KPIValues = [String: Double?]

func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
    denominator == 0 ? nil : numerator / denominator
}

func yuan(_ fen: Int64) -> Double { Double(fen) / 100 }

let secondsPerDay: Int64 = 86_400
