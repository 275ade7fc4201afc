/// One customer–staff relationship (a row of contacts.csv). Times are Unix seconds.
/// PII columns (name, phone, remark) are never read, so they cannot leak into the site.
package struct Contact: Sendable, Hashable {
    package var id: String
    package var addedAt: Int64
    package var channel: String
    package var carrier: Carrier
    package var owner: String?
    /// The person behind the relationship; `id` when the export has no customer id.
    package var customerId: String
    package var referrerId: String?
    package var lostAt: Int64?
    package var tags: [String]
    package var line: Int

    package init(id: String, addedAt: Int64, channel: String = "未知", carrier: Carrier = .wecom, owner: String? = nil,
                 customerId: String? = nil, referrerId: String? = nil, lostAt: Int64? = nil, tags: [String] = [],
                 line: Int = 0) {
        self.id = id
        self.addedAt = addedAt
        self.channel = channel
        self.carrier = carrier
        self.owner = owner
        self.customerId = customerId ?? id
        self.referrerId = referrerId
        self.lostAt = lostAt
        self.tags = tags
        self.line = line
    }

    /// In the pool at instant t: added before t and not lost before t (KPIS.md §0).
    package func isInPool(at instant: Int64) -> Bool {
        addedAt < instant && (lostAt.map { $0 >= instant } ?? true)
    }
}
