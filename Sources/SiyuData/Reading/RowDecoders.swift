/// Decodes one row into a table; column positions are looked up once per file, from the header.
protocol RowDecoder: Sendable {
    associatedtype Rows: RowSink
    /// The empty table rows are appended to.
    func makeRows() -> Rows
    /// Appends the row; false when a cell has a problem (the cursor lists them) and nothing was appended.
    func decode(_ row: inout RowCursor, into rows: inout Rows) -> Bool
    /// Whether `decodePlain` is worth trying on every line.
    static var decodesPlainLines: Bool { get }
    /// Appends the row of a line without quotes and with as many fields as the header, when every cell reads
    /// as `decode` would read it; false, with nothing appended or reported, leaves the row to `decode`.
    func decodePlain(_ line: PlainLine, _ row: inout RowCursor, into rows: inout Rows) -> Bool
}

extension RowDecoder {
    func makeRows() -> Rows { Rows() }
    static var decodesPlainLines: Bool { false }
    func decodePlain(_ line: PlainLine, _ row: inout RowCursor, into rows: inout Rows) -> Bool { false }
}

/// A decoder of one typed value per row, kept in an array.
protocol ValueDecoder: RowDecoder where Rows == [Value] {
    associatedtype Value
    func decode(_ row: inout RowCursor) -> Value?
}

extension ValueDecoder {
    func decode(_ row: inout RowCursor, into rows: inout [Value]) -> Bool {
        guard let value = decode(&row) else { return false }
        rows.append(value)
        return true
    }
}

/// Where decoded rows go: an array, or a columnar table such as `TouchTable`.
protocol RowSink: SendableMetatype {
    init()
    mutating func reserveCapacity(_ count: Int)
    /// The rows of a file's parts, in order.
    static func merged(_ parts: inout [Self]) -> Self
    /// Whether a file's parts may be read on several cores: only when rows do not record their line.
    static var readsInParts: Bool { get }
}

extension Array: RowSink {
    static func merged(_ parts: inout [Self]) -> Self { Array(parts.joined()) }
    static var readsInParts: Bool { false }
}

extension OrderTable: RowSink {
    static func merged(_ parts: inout [Self]) -> Self { OrderTable(parts.joined()) }
    static var readsInParts: Bool { false }
}

extension TouchTable: RowSink {
    static func merged(_ parts: inout [Self]) -> Self { TouchTable(merging: &parts) }
    static var readsInParts: Bool { true }
}

struct ContactDecoder: ValueDecoder {
    let id, addedAt, lostAt, carrier, channel, owner, customer, referrer, tags: Int?
    let tagGroups: [Int]
    /// Held here, as `TouchDecoder` holds its labels, rather than read from the static on every row.
    let carriers = Carrier.labels

    init(_ header: ResolvedHeader) {
        id = header["contact_id"]
        addedAt = header["added_at"]
        lostAt = header["lost_at"]
        carrier = header["carrier"]
        channel = header["channel"]
        owner = header["owner"]
        customer = header["customer_id"]
        referrer = header["referrer_id"]
        tags = header["tags"]
        tagGroups = header.tagGroupIndices
    }

    func decode(_ row: inout RowCursor) -> Contact? {
        let id = row.required(id, "contact_id")
        let added = row.instant(addedAt, "added_at", required: true)
        let lost = row.instant(lostAt, "lost_at", required: false)
        let carrier = row.label(carrier, "carrier", default: Carrier.wecom, labels: carriers,
                                allowed: Carrier.allCases.map(\.rawValue).joined(separator: ", "))
        guard row.isValid, let id, let added, let carrier else { return nil }
        var tagList = row.tagList(tags)
        for index in tagGroups { tagList += row.tagList(index) }
        return Contact(id: id, addedAt: added, channel: row.repeated(channel) ?? "未知", carrier: carrier,
                       owner: row.repeated(owner), customerId: row.optional(customer), referrerId: row.optional(referrer),
                       lostAt: lost, tags: tagList, line: row.line)
    }

    static var decodesPlainLines: Bool { true }

    /// The same contact without a record or a cursor's checks in between, as for touches.
    func decodePlain(_ line: PlainLine, _ row: inout RowCursor, into rows: inout [Contact]) -> Bool {
        guard let id, let addedAt else { return false }
        let idCell = line.trimmed(id)
        guard !idCell.isEmpty, let added = row.instant(cell: line.trimmed(addedAt), column: addedAt) else { return false }
        var lost: Int64?
        if let lostAt, case let cell = line.trimmed(lostAt), !cell.isEmpty {
            guard let instant = row.instant(cell: cell, column: lostAt) else { return false }
            lost = instant
        }
        var carrier = Carrier.wecom
        if let index = self.carrier, case let cell = line.trimmed(index), !cell.isEmpty {
            guard let label = carriers.match(cell) else { return false }
            carrier = label
        }
        var tagList = tags.map { row.tagList(cell: line.trimmed($0)) } ?? []
        for index in tagGroups { tagList += row.tagList(cell: line.trimmed(index)) }
        rows.append(Contact(id: String(decoding: idCell, as: UTF8.self), addedAt: added,
                            channel: channel.flatMap { row.repeated(cell: line.trimmed($0)) } ?? "未知", carrier: carrier,
                            owner: owner.flatMap { row.repeated(cell: line.trimmed($0)) },
                            customerId: line.optionalString(customer), referrerId: line.optionalString(referrer),
                            lostAt: lost, tags: tagList, line: line.line))
        return true
    }
}

struct OrderDecoder: RowDecoder {
    let id, customer, paidAt, amount, channel, refunded: Int?
    /// Held here, as `TouchDecoder` holds its labels, rather than read from the static on every row.
    let booleans = BoolParser.labels

    init(_ header: ResolvedHeader) {
        id = header["order_id"]
        customer = header["customer_id"]
        paidAt = header["paid_at"]
        amount = header["amount"]
        channel = header["channel"]
        refunded = header["refunded"]
    }

    /// Customers and channels go into the table as the cells' bytes, numbered there, as touches' ids do.
    func decode(_ row: inout RowCursor, into table: inout OrderTable) -> Bool {
        let id = row.required(id, "order_id")
        let customer = row.requiredText(customer, "customer_id")
        let paid = row.instant(paidAt, "paid_at", required: true)
        let amount = row.money(amount, "amount", negativeHint: "a refund is a `refunded` flag on the order, not a negative amount")
        let refunded = row.bool(refunded, "refunded")
        guard row.isValid, let id, let customer, let paid, let amount, let refunded else { return false }
        table.append(id: id, customer: customer, paidAt: paid, amount: amount, channel: row.optionalText(channel),
                     refunded: refunded, line: row.line)
        return true
    }

    static var decodesPlainLines: Bool { true }

    /// The same row without a record or a cursor in between, as for touches.
    func decodePlain(_ line: PlainLine, _ row: inout RowCursor, into table: inout OrderTable) -> Bool {
        guard let id, let customer, let paidAt, let amount else { return false }
        let idCell = line.trimmed(id), customerCell = line.trimmed(customer), amountCell = line.trimmed(amount)
        // An absent `refunded` column means not refunded, as `RowCursor.bool` reads it.
        let refunded = refunded.map { booleans.match(line.trimmed($0)) } ?? false
        guard !idCell.isEmpty, !customerCell.isEmpty, let paid = row.instant(cell: line.trimmed(paidAt), column: paidAt),
              !amountCell.isEmpty, let amount = MoneyParser.fen(amountCell), let refunded else { return false }
        table.append(id: String(decoding: idCell, as: UTF8.self), customer: .bytes(customerCell), paidAt: paid,
                     amount: amount, channel: line.optionalText(channel), refunded: refunded, line: line.line)
        return true
    }
}

struct TouchDecoder: RowDecoder {
    let contact, at, kind, direction, group, campaign: Int?
    /// Held here rather than read from the statics on every row, which checked their one-time initialisation.
    let kinds = TouchKind.labels, directions = Direction.labels
    /// The contacts' ids, numbered before touches.csv is read: touches naming them carry their numbers.
    let knownContacts: IdentifierNumbering

    init(_ header: ResolvedHeader, knownContacts: IdentifierNumbering) {
        self.knownContacts = knownContacts
        contact = header["contact_id"]
        at = header["at"]
        kind = header["kind"]
        direction = header["direction"]
        group = header["group_id"]
        campaign = header["campaign"]
    }

    func makeRows() -> TouchTable { TouchTable(numberingContactsAs: knownContacts) }

    /// Ids go into the table as the cells' bytes, numbered there: a `String` per row and interning groups and
    /// campaigns only to number them again were a third of reading touches.csv.
    func decode(_ row: inout RowCursor, into table: inout TouchTable) -> Bool {
        let contact = row.requiredText(contact, "contact_id")
        let at = row.instant(at, "at", required: true)
        let kind = row.label(kind, "kind", default: nil, labels: kinds,
                             allowed: "mass_send (群发), private_chat (私聊), moment (朋友圈), group_message (群消息)")
        let direction = row.label(direction, "direction", default: nil, labels: directions,
                                  allowed: "in (收到), out (发出)")
        guard row.isValid, let contact, let at, let kind, let direction else { return false }
        table.append(contact: contact, at: at, kind: kind, direction: direction, group: row.optionalText(group),
                     campaign: row.optionalText(campaign))
        return true
    }

    static var decodesPlainLines: Bool { true }

    /// The same row without a record or a cursor's checks and messages in between: on the S=1 touches that
    /// plumbing was about a third of the instructions per row.
    func decodePlain(_ line: PlainLine, _ row: inout RowCursor, into table: inout TouchTable) -> Bool {
        guard let contact, let at, let kind, let direction else { return false }
        let contactCell = line.trimmed(contact)
        guard !contactCell.isEmpty, let instant = row.instant(cell: line.trimmed(at), column: at),
              let kind = kinds.match(line.trimmed(kind)), let direction = directions.match(line.trimmed(direction))
        else { return false }
        table.append(contact: .bytes(contactCell), at: instant, kind: kind, direction: direction,
                     group: line.optionalText(group), campaign: line.optionalText(campaign))
        return true
    }
}

struct GroupDecoder: ValueDecoder {
    let id, name, createdAt, owner: Int?

    init(_ header: ResolvedHeader) {
        id = header["group_id"]
        name = header["name"]
        createdAt = header["created_at"]
        owner = header["owner"]
    }

    func decode(_ row: inout RowCursor) -> ChatGroup? {
        let id = row.required(id, "group_id")
        let name = row.required(name, "name")
        let created = row.instant(createdAt, "created_at", required: true)
        guard row.isValid, let id, let name, let created else { return nil }
        return ChatGroup(id: id, name: name, createdAt: created, owner: row.repeated(owner), line: row.line)
    }
}

struct SpendDecoder: ValueDecoder {
    let date, channel, cost: Int?

    init(_ header: ResolvedHeader) {
        date = header["date"]
        channel = header["channel"]
        cost = header["cost"]
    }

    func decode(_ row: inout RowCursor) -> Spend? {
        let day = row.day(date, "date")
        let channel = row.required(channel, "channel")
        let cost = row.money(cost, "cost", negativeHint: "a day's spend cannot be negative: record a rebate as a lower cost for that day")
        guard row.isValid, let day, let channel, let cost else { return nil }
        return Spend(day: day, channel: channel, cost: cost, line: row.line)
    }
}
