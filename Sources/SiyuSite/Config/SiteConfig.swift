import Foundation
import SiyuCore
import SiyuContent
import SiyuData
import SiyuMetrics
import SiyuRender

/// `siyu.yml` (SPEC §7). Every key is optional except `title`; unknown keys are errors with their key path.
package struct SiteConfig: Sendable {
    package struct DataFile: Sendable {
        package var path: String?
        package var encoding: TextEncoding?
        package var delimiter: UInt8?
        package var columns: [String: String] = [:]
    }

    package var title: String
    package var language: Language = .zh
    package var timeZone: TimeZone = LocalClock.shanghai.timeZone
    package var currency = "CNY"
    package var period: PeriodKind = .month
    package var dataDirectory = "Content/data"
    package var playbooksDirectory = "Content/playbooks"
    package var dataFiles: [DataTable: DataFile] = [:]
    package var privateChannels: Set<String> = MetricSettings.defaultPrivateChannels
    package var targets: [String: Target] = [:]
    package var repurchaseWindowDays: Int64 = 90
    package var repurchaseDedupeSameDay = false
    /// Every other window and option of the KPI engine, with KPIS.md's defaults.
    package var windows = MetricSettings()
    package var maskIds = true
    package var minGroupSize = 5
    package var clvHorizonMonths = 12
    package var clvMonthlyDiscount = 0.01
    package var unsafeHTML = false
    package var markdownSizeCap = 1 << 20
    package var outputDirectory = "Output"
    package var baseURL: String?

    package init(title: String) {
        self.title = title
    }

    package var clock: LocalClock { LocalClock(timeZone: timeZone) }

    package var metricSettings: MetricSettings {
        var settings = MetricSettings(clock: clock, periodKind: period, repurchaseWindowDays: repurchaseWindowDays,
                                      repurchaseDedupeSameDay: repurchaseDedupeSameDay, privateChannels: privateChannels,
                                      targets: targets)
        settings.clvHorizonMonths = clvHorizonMonths
        settings.clvMonthlyDiscount = clvMonthlyDiscount
        settings.earlyLossDays = windows.earlyLossDays
        settings.responseWindowHours = windows.responseWindowHours
        settings.deadGroupDays = windows.deadGroupDays
        settings.attributionDays = windows.attributionDays
        settings.rfmLookbackDays = windows.rfmLookbackDays
        settings.interactionLookbackDays = windows.interactionLookbackDays
        settings.kocLookbackDays = windows.kocLookbackDays
        settings.kocMinGroupMessages = windows.kocMinGroupMessages
        settings.rfmHighRule = windows.rfmHighRule
        settings.grossMargin = windows.grossMargin
        return settings
    }
}

extension SiteConfig {
    /// Parses the text of `siyu.yml`; `file` is the path shown in messages.
    package static func parse(_ text: String, file: String = "siyu.yml") throws(Diagnostic) -> SiteConfig {
        guard let root = try YAMLLoader.compose(text, file: file) else {
            throw .error(at: SourceLocation(file: file, line: 1), "siyu.yml is empty", hint: "it needs at least `title: …`")
        }
        var yaml = try YAMLMapping(root, path: "", file: file)
        guard let title = try yaml.string("title"), !title.isEmpty else {
            throw .error(at: SourceLocation(file: file, line: 1), "`title` is required", hint: "add a line such as `title: 山茶里私域周报`")
        }
        var config = SiteConfig(title: title)
        if let code = try yaml.string("language") {
            guard let language = Language(code: code) else { throw yaml.invalid("language", code, "zh-CN or en") }
            config.language = language
        }
        if let identifier = try yaml.string("timezone") {
            guard let zone = TimeZone(identifier: identifier) else {
                throw yaml.invalid("timezone", identifier, "an IANA zone such as Asia/Shanghai")
            }
            config.timeZone = zone
        }
        if let currency = try yaml.string("currency") {
            guard currency.uppercased() == "CNY" else { throw yaml.invalid("currency", currency, "CNY (the only currency supported)") }
            config.currency = "CNY"
        }
        if let period = try yaml.string("period") {
            guard let kind = PeriodKind(rawValue: period) else { throw yaml.invalid("period", period, "week or month") }
            config.period = kind
        }
        if var data = try yaml.child("data") {
            try config.readData(&data)
            try data.rejectUnknownKeys()
        }
        if var playbooks = try yaml.child("playbooks") {
            if let dir = try playbooks.string("dir") { config.playbooksDirectory = dir }
            try playbooks.rejectUnknownKeys()
        }
        if let channels = try yaml.strings("private_channels") { config.privateChannels = Set(channels) }
        if var targets = try yaml.child("targets") {
            for id in targets.keys {
                guard var bounds = try targets.child(id) else { continue }
                guard KPICatalogue.byId[id] != nil else {
                    throw .error(at: YAMLMapping.location(targets.mapping[id] ?? root, file), "unknown KPI id `targets.\(id)`",
                                 hint: "known ids: " + KPICatalogue.all.map(\.id).joined(separator: ", "))
                }
                config.targets[id] = Target(min: try bounds.double("min"), max: try bounds.double("max"))
                try bounds.rejectUnknownKeys()
            }
        }
        if var windows = try yaml.child("windows") {
            if let days = try windows.integer("repurchase_days", in: 7...730) { config.repurchaseWindowDays = Int64(days) }
            if let dedupe = try windows.bool("repurchase_same_day_once") { config.repurchaseDedupeSameDay = dedupe }
            if let days = try windows.integer("early_loss_days", in: 1...90) { config.windows.earlyLossDays = Int64(days) }
            if let hours = try windows.integer("response_hours", in: 1...720) { config.windows.responseWindowHours = Int64(hours) }
            if let days = try windows.integer("dead_group_days", in: 1...365) { config.windows.deadGroupDays = Int64(days) }
            if let days = try windows.integer("attribution_days", in: 1...365) { config.windows.attributionDays = Int64(days) }
            if let days = try windows.integer("rfm_lookback_days", in: 7...3650) { config.windows.rfmLookbackDays = Int64(days) }
            if let days = try windows.integer("interaction_lookback_days", in: 7...3650) { config.windows.interactionLookbackDays = Int64(days) }
            if let days = try windows.integer("koc_lookback_days", in: 7...3650) { config.windows.kocLookbackDays = Int64(days) }
            try windows.rejectUnknownKeys()
        }
        if var privacy = try yaml.child("privacy") {
            if let mask = try privacy.bool("mask_ids") { config.maskIds = mask }
            if let size = try privacy.integer("min_group_size", in: 1...1000) { config.minGroupSize = size }
            try privacy.rejectUnknownKeys()
        }
        if var rfm = try yaml.child("rfm") {
            if let rule = try rfm.string("high_rule") {
                guard let parsed = RFMHighRule(rawValue: rule) else { throw rfm.invalid("high_rule", rule, "score, mean or median") }
                config.windows.rfmHighRule = parsed
            }
            try rfm.rejectUnknownKeys()
        }
        if var koc = try yaml.child("koc") {
            if let messages = try koc.integer("min_group_messages", in: 0...1000) { config.windows.kocMinGroupMessages = messages }
            try koc.rejectUnknownKeys()
        }
        if var economics = try yaml.child("economics") {
            if let margin = try economics.double("gross_margin") {
                guard margin > 0, margin <= 1 else { throw economics.invalid("gross_margin", "\(margin)", "a fraction such as 0.6") }
                config.windows.grossMargin = margin
            }
            try economics.rejectUnknownKeys()
        }
        if var clv = try yaml.child("clv") {
            if let months = try clv.integer("horizon_months", in: 1...120) { config.clvHorizonMonths = months }
            if let rate = try clv.double("monthly_discount_rate") { config.clvMonthlyDiscount = rate }
            try clv.rejectUnknownKeys()
        }
        if var markdown = try yaml.child("markdown") {
            if let unsafe = try markdown.bool("unsafe_html") { config.unsafeHTML = unsafe }
            if let size = try markdown.integer("max_file_size", in: 1024...(64 << 20)) { config.markdownSizeCap = size }
            try markdown.rejectUnknownKeys()
        }
        if var output = try yaml.child("output") {
            if let dir = try output.string("dir") { config.outputDirectory = dir }
            config.baseURL = try output.string("base_url")
            try output.rejectUnknownKeys()
        }
        try yaml.rejectUnknownKeys()
        return config
    }

    private mutating func readData(_ data: inout YAMLMapping) throws(Diagnostic) {
        if let dir = try data.string("dir") { dataDirectory = dir }
        for table in DataTable.allCases {
            guard let node = data.node(table.rawValue) else { continue }
            var file = DataFile()
            if case .scalar(let scalar) = node {
                file.path = scalar.string
            } else {
                var entry = try YAMLMapping(node, path: "data.\(table.rawValue)", file: data.file)
                file.path = try entry.string("path")
                if let name = try entry.string("encoding") {
                    guard let encoding = TextEncoding(name: name) else {
                        throw entry.invalid("encoding", name, TextEncoding.acceptedNames)
                    }
                    file.encoding = encoding
                }
                if let delimiter = try entry.string("delimiter") {
                    switch delimiter {
                    case ",", "comma": file.delimiter = UInt8(ascii: ",")
                    case "\t", "tab", "\\t": file.delimiter = 0x09
                    default: throw entry.invalid("delimiter", delimiter, "comma or tab")
                    }
                }
                if var columns = try entry.child("columns") {
                    let known = Set(table.schema.columns.map(\.name))
                    for column in columns.keys {
                        guard known.contains(column) else {
                            throw .error(at: YAMLMapping.location(columns.mapping[column] ?? node, data.file),
                                         "unknown column `data.\(table.rawValue).columns.\(column)`",
                                         hint: "columns of \(table.rawValue): " + table.schema.columns.map(\.name).joined(separator: ", "))
                        }
                        file.columns[column] = try columns.string(column)
                    }
                }
                try entry.rejectUnknownKeys()
            }
            dataFiles[table] = file
        }
    }
}

extension YAMLMapping {
    func invalid(_ key: String, _ value: String, _ expected: String) -> Diagnostic {
        .error(at: YAMLMapping.location(mapping[key] ?? .scalar(.init("")), file),
               "`\(keyPath(key))` is \"\(value)\"", hint: "expected \(expected)")
    }
}
