/// The columns a table reads, with the names exports give them. Matching is case-, width- and
/// space-insensitive; `siyu.yml` can map any column explicitly.
package struct TableSchema: Sendable {
    package struct Column: Sendable {
        package var name: String
        package var aliases: [String]
        package var required: Bool
    }

    package var columns: [Column]
    /// Header prefixes of WeCom's one-column-per-tag-group export (`标签组1(学员等级)`), merged into `tags`.
    package var tagGroupPrefixes: [String] = []
    /// Columns read only to be recognised (PII), never stored.
    package var ignored: [String] = []

    package static let contacts = TableSchema(columns: [
        Column(name: "contact_id", aliases: ["客户ID", "客户id", "external_userid", "外部联系人ID", "userid", "客户UserID", "联系人ID"], required: true),
        Column(name: "added_at", aliases: ["添加时间", "createtime", "create_time", "添加好友时间", "加好友时间"], required: true),
        Column(name: "channel", aliases: ["来源", "添加渠道", "渠道", "state", "来源渠道", "添加来源"], required: false),
        Column(name: "carrier", aliases: ["载体"], required: false),
        Column(name: "owner", aliases: ["添加人", "所属员工", "跟进人", "添加人账号", "员工", "跟进员工"], required: false),
        Column(name: "customer_id", aliases: ["unionid", "客户编号", "会员ID", "会员id"], required: false),
        Column(name: "referrer_id", aliases: ["推荐人", "邀请人", "推荐人ID", "邀请人ID"], required: false),
        Column(name: "lost_at", aliases: ["流失时间", "删除时间", "流失日期"], required: false),
        Column(name: "tags", aliases: ["标签", "客户标签", "企业标签"], required: false),
    ], tagGroupPrefixes: ["标签组", "tag_group"], ignored: [
        "name", "phone", "remark", "客户名称", "客户昵称", "昵称", "手机", "手机号", "电话", "备注", "描述", "企业", "公司",
        "性别", "remark_mobiles", "description", "corp_name",
    ])

    package static let orders = TableSchema(columns: [
        Column(name: "order_id", aliases: ["订单号", "订单编号", "订单ID", "交易单号"], required: true),
        Column(name: "customer_id", aliases: ["客户ID", "客户id", "买家ID", "会员ID", "unionid", "客户编号"], required: true),
        Column(name: "paid_at", aliases: ["支付时间", "付款时间", "下单时间"], required: true),
        Column(name: "amount", aliases: ["实付金额", "支付金额", "金额", "订单金额", "实付款"], required: true),
        Column(name: "channel", aliases: ["渠道", "来源平台", "来源", "下单渠道"], required: false),
        Column(name: "refunded", aliases: ["是否退款", "退款状态", "退款"], required: false),
    ])

    package static let touches = TableSchema(columns: [
        Column(name: "contact_id", aliases: ["客户ID", "客户id", "external_userid", "外部联系人ID"], required: true),
        Column(name: "at", aliases: ["时间", "发送时间", "消息时间", "time"], required: true),
        Column(name: "kind", aliases: ["类型", "消息类型", "触达类型"], required: true),
        Column(name: "direction", aliases: ["方向", "收发"], required: true),
        Column(name: "group_id", aliases: ["群ID", "群id", "chat_id", "客户群ID"], required: false),
        Column(name: "campaign", aliases: ["活动", "活动名称", "群发任务", "任务名称"], required: false),
    ])

    package static let groups = TableSchema(columns: [
        Column(name: "group_id", aliases: ["群ID", "群id", "chat_id", "客户群ID"], required: true),
        Column(name: "name", aliases: ["群名称", "群名", "客户群名称"], required: true),
        Column(name: "created_at", aliases: ["创建时间", "建群时间"], required: true),
        Column(name: "owner", aliases: ["群主"], required: false),
    ])

    package static let spend = TableSchema(columns: [
        Column(name: "date", aliases: ["日期", "投放日期"], required: true),
        Column(name: "channel", aliases: ["渠道", "投放渠道", "来源"], required: true),
        Column(name: "cost", aliases: ["花费", "消耗", "费用", "金额", "投放金额"], required: true),
    ])
}
