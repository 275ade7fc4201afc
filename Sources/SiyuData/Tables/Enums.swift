/// Where a relationship lives (SPEC §2 `carrier`).
package enum Carrier: String, Sendable, CaseIterable, Codable {
    case wecom, wechat, group, officialAccount = "official_account", miniProgram = "mini_program", app, other

    static let labels = LabelMatcher<Carrier>([
        ("wecom", .wecom), ("企业微信", .wecom), ("企微", .wecom),
        ("wechat", .wechat), ("personal_wechat", .wechat), ("个人微信", .wechat), ("个微", .wechat), ("微信", .wechat),
        ("group", .group), ("wechat_group", .group), ("社群", .group), ("群", .group), ("微信群", .group),
        ("official_account", .officialAccount), ("公众号", .officialAccount), ("服务号", .officialAccount),
        ("订阅号", .officialAccount),
        ("mini_program", .miniProgram), ("miniprogram", .miniProgram), ("小程序", .miniProgram),
        ("app", .app), ("应用", .app),
        ("other", .other), ("其他", .other), ("其它", .other),
    ])

    /// An empty label is the default carrier, WeCom.
    package init?(label: String) {
        if label.isEmpty { self = .wecom; return }
        guard let value = Self.labels.match(label) else { return nil }
        self = value
    }
}

/// What kind of touch (SPEC §2 `kind`).
package enum TouchKind: String, Sendable, CaseIterable, Codable, BitwiseCopyable {
    case massSend = "mass_send", privateChat = "private_chat", moment, groupMessage = "group_message"

    static let labels = LabelMatcher<TouchKind>([
        ("private_chat", .privateChat), ("mass_send", .massSend), ("group_message", .groupMessage), ("moment", .moment),
        ("群发", .massSend), ("私聊", .privateChat), ("朋友圈", .moment), ("群消息", .groupMessage),
        ("masssend", .massSend), ("群发消息", .massSend), ("客户群发", .massSend),
        ("privatechat", .privateChat), ("chat", .privateChat), ("单聊", .privateChat), ("聊天", .privateChat),
        ("私信", .privateChat),
        ("moments", .moment),
        ("groupmessage", .groupMessage), ("群聊", .groupMessage), ("群聊消息", .groupMessage),
    ])

    package init?(label: String) {
        guard let value = Self.labels.match(label) else { return nil }
        self = value
    }
}

/// Who sent a touch: `in` from the customer, `out` from staff.
package enum Direction: String, Sendable, CaseIterable, Codable, BitwiseCopyable {
    case inbound = "in", outbound = "out"

    static let labels = LabelMatcher<Direction>([
        ("out", .outbound), ("in", .inbound), ("收到", .inbound), ("发出", .outbound),
        ("inbound", .inbound), ("客户发送", .inbound), ("客户", .inbound), ("接收", .inbound),
        ("outbound", .outbound), ("员工发送", .outbound), ("员工", .outbound), ("发送", .outbound),
    ])

    package init?(label: String) {
        guard let value = Self.labels.match(label) else { return nil }
        self = value
    }
}

// `==` and `!=` for the enums the metrics compare in their loops. The synthesized `==` cannot be inlined into
// another module, so each comparison there was a call through `Equatable`'s witness table: about 1% of
// `siyu kpis` at S=10. These compare the cases in place, but the optimizer still calls rather than inlines them
// from other modules (even with `@inline(__always)` or -cross-module-optimization), if directly: the loop that
// picks group messages in `TouchColumns`, the hottest, matches by pattern instead.
extension TouchKind {
    @inlinable package static func == (left: Self, right: Self) -> Bool {
        switch (left, right) {
        case (.massSend, .massSend), (.privateChat, .privateChat), (.moment, .moment), (.groupMessage, .groupMessage): true
        // No `default`: a new case must be added here to compile.
        case (.massSend, _), (.privateChat, _), (.moment, _), (.groupMessage, _): false
        }
    }

    @inlinable package static func != (left: Self, right: Self) -> Bool { !(left == right) }
}

extension Direction {
    @inlinable package static func == (left: Self, right: Self) -> Bool {
        switch (left, right) {
        case (.inbound, .inbound), (.outbound, .outbound): true
        case (.inbound, _), (.outbound, _): false
        }
    }

    @inlinable package static func != (left: Self, right: Self) -> Bool { !(left == right) }
}
