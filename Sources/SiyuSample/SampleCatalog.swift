/// The fictional brand behind the sample: 山茶里, a tea brand running a WeCom pool. Shapes, not facts.
enum SampleCatalog {
    struct Channel {
        var name: String
        var weight: Double
        /// Yuan per added contact, nil for organic channels (no spend rows).
        var costPerAdd: Double?
        /// Chance a contact from this channel ever buys.
        var buyChance: Double
        /// Extra early-loss risk (paid traffic leaves faster).
        var earlyLoss: Double
    }

    static let channels: [Channel] = [
        Channel(name: "企微活码投放", weight: 22, costPerAdd: 16, buyChance: 0.38, earlyLoss: 0.11),
        Channel(name: "包裹卡", weight: 20, costPerAdd: 1.6, buyChance: 0.74, earlyLoss: 0.04),
        Channel(name: "直播间", weight: 16, costPerAdd: 11, buyChance: 0.55, earlyLoss: 0.08),
        Channel(name: "门店扫码", weight: 12, costPerAdd: 3.5, buyChance: 0.62, earlyLoss: 0.03),
        Channel(name: "公众号", weight: 10, costPerAdd: 8, buyChance: 0.42, earlyLoss: 0.06),
        Channel(name: "小程序", weight: 10, costPerAdd: 6, buyChance: 0.5, earlyLoss: 0.05),
        Channel(name: "老带新", weight: 10, costPerAdd: nil, buyChance: 0.6, earlyLoss: 0.03),
    ]

    static let staff = ["小林", "阿青", "周周", "米粒", "老陈"]
    static let staffWeights = [26.0, 24, 20, 18, 12]

    static let orderChannels = ["小程序", "企业微信", "社群", "天猫", "抖音", "门店"]
    static let orderChannelWeights = [38.0, 22, 10, 15, 10, 5]

    static let prices: [Int64] = [68, 98, 128, 168, 198, 268, 368, 588]
    static let priceWeights = [10.0, 16, 22, 20, 14, 9, 6, 3]

    static let tags = ["绿茶", "红茶", "乌龙", "普洱", "白茶", "茶具", "送礼", "企业采购", "自饮", "价格敏感", "高端", "学生"]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢")
    static let givenNames = Array("伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玉兰萍红鹏晨怡雪琳宇浩然子涵梓萱欣悦思远嘉")

    static let remarks = ["喜欢红茶，常买自饮", "节日送礼为主", "公司采购对接人", "关注新品试喝", "老客, 年货大户",
                          "对价格敏感", "问过茶具保养", "直播间下过单", "偏好小包装", "朋友推荐来的"]

    static let groupThemes = ["绿茶爱好者", "山茶里会员", "新品试喝", "茶具收藏", "办公室下午茶", "送礼顾问", "普洱交流", "福利早鸟"]

    static let campaignThemes = ["新品上市", "会员日", "节气茶单", "老客回馈", "限时拼团", "茶具上新", "复购券", "试喝招募"]
}
