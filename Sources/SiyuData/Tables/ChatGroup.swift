/// One customer group chat (a row of groups.csv).
package struct ChatGroup: Sendable, Hashable {
    package var id: String
    package var name: String
    package var createdAt: Int64
    package var owner: String?
    package var line: Int

    package init(id: String, name: String, createdAt: Int64, owner: String? = nil, line: Int = 0) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.owner = owner
        self.line = line
    }
}
