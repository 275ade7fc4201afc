import Foundation

/// What `siyu build` (and `siyu kpis`) was asked to do.
package struct BuildOptions: Sendable {
    package var project: URL
    package var configFile: String?
    package var output: URL?
    package var period: String?
    package var language: String?
    package var lenient = false
    /// Where progress lines go; nil is quiet.
    package var progress: (@Sendable (String) -> Void)?

    package init(project: URL, configFile: String? = nil, output: URL? = nil, period: String? = nil,
                 language: String? = nil, lenient: Bool = false, progress: (@Sendable (String) -> Void)? = nil) {
        self.project = project
        self.configFile = configFile
        self.output = output
        self.period = period
        self.language = language
        self.lenient = lenient
        self.progress = progress
    }
}

/// What a successful build did, for the summary line.
package struct BuildSummary: Sendable {
    package var period: String
    package var files: Int
    package var bytes: Int
    package var playbooks: Int
    package var rows: [String: Int]
    package var output: URL
    package var warnings: [String]
    package var breaches: [String]
    /// Bytes of the search index (`assets/search-index.js`), which the browser loads on the first search.
    package var searchIndexBytes = 0
}
