/// Row decoders: one function per table, with column positions resolved once from the header.
package enum RowDecoders {
    package static func contact(_ row: inout RowCursor, _ header: ResolvedHeader) -> Contact? {
        let id = row.required(header["contact_id"], "contact_id")
        let addedAt = row.instant(header["added_at"], "added_at", required: true)
        let lostAt = row.instant(header["lost_at"], "lost_at", required: false)
        let carrier = row.label(header["carrier"], "carrier", default: Carrier.wecom, parse: Carrier.init(label:),
                                allowed: Carrier.allCases.map(\.rawValue).joined(separator: ", "))
        var tags = row.optional(header["tags"]).map(TagListParser.parse) ?? []
        for index in header.tagGroupIndices { tags += row.optional(index).map(TagListParser.parse) ?? [] }
        guard row.isValid, let id, let addedAt, let carrier else { return nil }
        return Contact(id: id, addedAt: addedAt, channel: row.optional(header["channel"]) ?? "未知", carrier: carrier,
                       owner: row.optional(header["owner"]), customerId: row.optional(header["customer_id"]),
                       referrerId: row.optional(header["referrer_id"]), lostAt: lostAt, tags: tags, line: row.line)
    }

    package static func order(_ row: inout RowCursor, _ header: ResolvedHeader) -> Order? {
        let id = row.required(header["order_id"], "order_id")
        let customer = row.required(header["customer_id"], "customer_id")
        let paidAt = row.instant(header["paid_at"], "paid_at", required: true)
        let amount = row.money(header["amount"], "amount")
        let refunded = row.bool(header["refunded"], "refunded")
        guard row.isValid, let id, let customer, let paidAt, let amount, let refunded else { return nil }
        return Order(id: id, customerId: customer, paidAt: paidAt, amount: amount,
                     channel: row.optional(header["channel"]), refunded: refunded, line: row.line)
    }

    package static func touch(_ row: inout RowCursor, _ header: ResolvedHeader) -> Touch? {
        let contact = row.required(header["contact_id"], "contact_id")
        let at = row.instant(header["at"], "at", required: true)
        let kind = row.label(header["kind"], "kind", default: nil, parse: TouchKind.init(label:),
                             allowed: "mass_send (群发), private_chat (私聊), moment (朋友圈), group_message (群消息)")
        let direction = row.label(header["direction"], "direction", default: nil, parse: Direction.init(label:),
                                  allowed: "in (收到), out (发出)")
        guard row.isValid, let contact, let at, let kind, let direction else { return nil }
        return Touch(contactId: contact, at: at, kind: kind, direction: direction,
                     groupId: row.optional(header["group_id"]), campaign: row.optional(header["campaign"]))
    }

    package static func group(_ row: inout RowCursor, _ header: ResolvedHeader) -> ChatGroup? {
        let id = row.required(header["group_id"], "group_id")
        let name = row.required(header["name"], "name")
        let createdAt = row.instant(header["created_at"], "created_at", required: true)
        guard row.isValid, let id, let name, let createdAt else { return nil }
        return ChatGroup(id: id, name: name, createdAt: createdAt, owner: row.optional(header["owner"]), line: row.line)
    }

    package static func spend(_ row: inout RowCursor, _ header: ResolvedHeader) -> Spend? {
        let day = row.day(header["date"], "date")
        let channel = row.required(header["channel"], "channel")
        let cost = row.money(header["cost"], "cost")
        guard row.isValid, let day, let channel, let cost else { return nil }
        return Spend(day: day, channel: channel, cost: cost)
    }
}
