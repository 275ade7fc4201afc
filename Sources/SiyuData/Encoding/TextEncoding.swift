/// Character encodings Siyu reads. Everything is turned into UTF-8 before parsing.
package enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    /// GB18030, the superset of GBK and GB2312: what Excel on Chinese Windows writes as "CSV".
    case gb18030
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    /// Accepts the names people write in `siyu.yml`: `utf8`, `UTF-8-SIG`, `gbk`, `GB2312`, `cp936`, `unicode` …
    package init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "")
        switch key {
        case "utf-8", "utf8", "utf-8-sig", "utf8-sig": self = .utf8
        case "gb18030", "gb-18030", "gbk", "gb2312", "gb-2312", "cp936", "windows-936", "ms936", "euc-cn": self = .gb18030
        case "utf-16le", "utf16le", "utf-16", "utf16", "unicode", "ucs-2le": self = .utf16LE
        case "utf-16be", "utf16be", "ucs-2be": self = .utf16BE
        default: return nil
        }
    }

    /// The names a config may use, for hints.
    package static let acceptedNames = "utf-8, gb18030 (or gbk), utf-16le or utf-16be"

    /// How messages name it.
    package var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030/GBK"
        case .utf16LE: "UTF-16 LE"
        case .utf16BE: "UTF-16 BE"
        }
    }
}
