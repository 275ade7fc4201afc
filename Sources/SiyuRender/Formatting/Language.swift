/// Site language: zh-CN (default) or en. Decides labels, number words (万/亿) and date forms.
package enum Language: String, Sendable, CaseIterable, Codable {
    case zh = "zh-CN"
    case en

    package init?(code: String) {
        switch code.lowercased() {
        case "zh", "zh-cn", "zh_cn", "cn", "chinese": self = .zh
        case "en", "en-us", "en-gb", "english": self = .en
        default: return nil
        }
    }

    package func pick(_ zh: String, _ en: String) -> String {
        self == .zh ? zh : en
    }
}
