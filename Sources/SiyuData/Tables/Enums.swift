/// Where a relationship lives (SPEC §2 `carrier`).
package enum Carrier: String, Sendable, CaseIterable, Codable {
    case wecom, wechat, group, officialAccount = "official_account", miniProgram = "mini_program", app, other

    package init?(label: String) {
        switch label.lowercased() {
        case "", "wecom", "企业微信", "企微": self = .wecom
        case "wechat", "personal_wechat", "个人微信", "个微", "微信": self = .wechat
        case "group", "wechat_group", "社群", "群", "微信群": self = .group
        case "official_account", "公众号", "服务号", "订阅号": self = .officialAccount
        case "mini_program", "miniprogram", "小程序": self = .miniProgram
        case "app", "应用": self = .app
        case "other", "其他", "其它": self = .other
        default: return nil
        }
    }
}

/// What kind of touch (SPEC §2 `kind`).
package enum TouchKind: String, Sendable, CaseIterable, Codable {
    case massSend = "mass_send", privateChat = "private_chat", moment, groupMessage = "group_message"

    package init?(label: String) {
        switch label.lowercased() {
        case "mass_send", "masssend", "群发", "群发消息", "客户群发": self = .massSend
        case "private_chat", "privatechat", "chat", "私聊", "单聊", "聊天": self = .privateChat
        case "moment", "moments", "朋友圈": self = .moment
        case "group_message", "groupmessage", "群消息", "群聊": self = .groupMessage
        default: return nil
        }
    }
}

/// Who sent a touch: `in` from the customer, `out` from staff.
package enum Direction: String, Sendable, CaseIterable, Codable {
    case inbound = "in", outbound = "out"

    package init?(label: String) {
        switch label.lowercased() {
        case "in", "inbound", "收到", "客户发送", "客户", "接收": self = .inbound
        case "out", "outbound", "发出", "员工发送", "员工", "发送": self = .outbound
        default: return nil
        }
    }
}
