/// One message event between staff and a contact (a row of touches.csv).
package struct Touch: Sendable, Hashable {
    package var contactId: String
    package var at: Int64
    package var kind: TouchKind
    package var direction: Direction
    package var groupId: String?
    package var campaign: String?

    package init(contactId: String, at: Int64, kind: TouchKind, direction: Direction, groupId: String? = nil,
                 campaign: String? = nil) {
        self.contactId = contactId
        self.at = at
        self.kind = kind
        self.direction = direction
        self.groupId = groupId
        self.campaign = campaign
    }
}
