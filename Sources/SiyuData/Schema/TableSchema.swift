/// The columns a table reads, with the names exports give them. Matching is case-, width- and
/// space-insensitive; `siyu.yml` can map any column explicitly.
package struct TableSchema: Sendable {
    /// What a column holds, which decides how its cells are parsed.
    package enum Kind: String, Sendable {
        case text, datetime, date, money, bool, label, tags
    }

    package struct Column: Sendable {
        package var name: String
        package var kind: Kind
        package var aliases: [String]
        /// Names that stand in only when no other name of the column is present: WeCom exports both 添加人 and
        /// 添加人账号, and the first is the owner.
        package var fallbackAliases: [String] = []
        package var required: Bool

        init(_ name: String, _ kind: Kind, required: Bool = false, aliases: [String], fallbacks: [String] = []) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
            fallbackAliases = fallbacks
            self.required = required
        }
    }

    package var columns: [Column]
    /// Header prefixes of WeCom's one-column-per-tag-group export (`标签组1(学员等级)`), merged into `tags`.
    package var tagGroupPrefixes: [String] = []
    /// Columns known and deliberately not read: PII (never stored, so it cannot leak) and export bookkeeping.
    package var ignored: [String] = []

    package func column(_ name: String) -> Column? {
        columns.first { $0.name == name }
    }

    package static let contacts = TableSchema(columns: [
        Column("contact_id", .text, required: true,
               aliases: ["客户ID", "external_userid", "外部联系人ID", "外部联系人userid", "客户UserID", "联系人ID"]),
        Column("added_at", .datetime, required: true,
               aliases: ["添加时间", "createtime", "create_time", "添加好友时间", "加好友时间", "添加日期"]),
        Column("channel", .text, aliases: ["来源", "添加渠道", "渠道", "state", "来源渠道", "添加来源", "渠道来源"],
               fallbacks: ["添加方式"]),
        Column("carrier", .label, aliases: ["载体"]),
        Column("owner", .text, aliases: ["添加人", "所属员工", "跟进人", "员工", "跟进员工", "添加员工", "所属客服"],
               fallbacks: ["添加人账号", "添加人userid", "员工账号", "userid"]),
        Column("customer_id", .text, aliases: ["unionid", "客户编号", "会员ID", "会员编号"]),
        Column("referrer_id", .text, aliases: ["推荐人", "邀请人", "推荐人ID", "邀请人ID"]),
        Column("lost_at", .datetime, aliases: ["流失时间", "删除时间", "流失日期", "删除好友时间"]),
        Column("tags", .tags, aliases: ["标签", "客户标签", "企业标签"], fallbacks: ["个人标签"]),
    ], tagGroupPrefixes: ["标签组", "tag_group", "taggroup"], ignored: [
        "name", "phone", "remark", "客户名称", "客户昵称", "昵称", "手机", "手机号", "电话", "备注", "客户备注", "备注名",
        "描述", "备注手机号", "企业", "企业名称", "公司", "备注企业名称", "性别", "remark_mobiles", "description",
        "corp_name", "添加人所属部门", "所属部门", "部门", "客户类型", "头像", "地址", "邮箱", "生日",
    ])

    package static let orders = TableSchema(columns: [
        Column("order_id", .text, required: true, aliases: ["订单号", "订单编号", "订单ID", "交易单号"]),
        Column("customer_id", .text, required: true, aliases: ["客户ID", "买家ID", "会员ID", "unionid", "客户编号", "会员编号"]),
        Column("paid_at", .datetime, required: true, aliases: ["支付时间", "付款时间"], fallbacks: ["下单时间"]),
        Column("amount", .money, required: true, aliases: ["实付金额", "支付金额", "金额", "订单金额", "实付款"]),
        Column("channel", .text, aliases: ["渠道", "来源平台", "来源", "下单渠道"]),
        Column("refunded", .bool, aliases: ["是否退款", "退款状态", "退款"]),
    ], ignored: ["收货人", "收货地址", "联系电话", "手机号", "买家昵称", "备注", "买家留言"])

    package static let touches = TableSchema(columns: [
        Column("contact_id", .text, required: true, aliases: ["客户ID", "external_userid", "外部联系人ID"]),
        Column("at", .datetime, required: true, aliases: ["时间", "发送时间", "消息时间", "time"]),
        Column("kind", .label, required: true, aliases: ["类型", "消息类型", "触达类型"]),
        Column("direction", .label, required: true, aliases: ["方向", "收发"]),
        Column("group_id", .text, aliases: ["群ID", "chat_id", "客户群ID"]),
        Column("campaign", .text, aliases: ["活动", "活动名称", "群发任务", "任务名称"]),
    ], ignored: ["content", "内容", "消息内容"])

    package static let groups = TableSchema(columns: [
        Column("group_id", .text, required: true, aliases: ["群ID", "chat_id", "客户群ID"]),
        Column("name", .text, required: true, aliases: ["群名称", "群名", "客户群名称"]),
        Column("created_at", .datetime, required: true, aliases: ["创建时间", "建群时间"]),
        Column("owner", .text, aliases: ["群主"], fallbacks: ["群主账号"]),
    ], ignored: ["群公告", "notice"])

    package static let spend = TableSchema(columns: [
        Column("date", .date, required: true, aliases: ["日期", "投放日期"]),
        Column("channel", .text, required: true, aliases: ["渠道", "投放渠道", "来源"]),
        Column("cost", .money, required: true, aliases: ["花费", "消耗", "费用", "金额", "投放金额"]),
    ])
}
