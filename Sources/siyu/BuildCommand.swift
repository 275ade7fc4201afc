import ArgumentParser
import Foundation
import SiyuSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compute the KPIs and write the whole site (the default command)."
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "The output folder (default: <project>/Output).")
    var out: String?

    @Flag(name: .long, help: "Exit 3 when a KPI breaches its target in siyu.yml, listing the breaches on stderr.")
    var failOnAlert = false

    func run() throws {
        let summary = try reportingInputErrors {
            try SiteBuilder(options: project.buildOptions(output: out)).build()
        }
        if !project.quiet {
            for warning in summary.warnings { Console.error(warning) }
            let kib = (summary.bytes + 1023) / 1024
            let index = (summary.searchIndexBytes + 1023) / 1024
            Console.out("Built \(summary.period): \(summary.files) files (\(kib) KiB), \(summary.playbooks) playbooks, "
                        + "search index \(index) KiB → \(summary.output.path)")
        }
        try failIfBreached(summary.breaches, enabled: failOnAlert)
    }
}
