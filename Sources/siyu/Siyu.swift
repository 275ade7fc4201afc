import ArgumentParser
import CSiyuMemory
import Foundation

/// The `siyu` command line: a thin shell over the SiyuSite library.
@main
struct Siyu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "siyu",
        abstract: "Private-domain KPI dashboards and SOP handbooks as one static site.",
        discussion: "Exit codes: 0 success, 1 input errors, 2 usage errors, 3 a KPI breached its target (--fail-on-alert).",
        subcommands: [BuildCommand.self, CheckCommand.self, KPIsCommand.self, SampleCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// ArgumentParser exits 64 (EX_USAGE) on bad arguments; Siyu promises 2, like most Unix tools.
    static func main() {
        // Freed arrays are faulted in afresh page by page unless glibc keeps them (figures in CSiyuMemory.c).
        siyu_keep_freed_memory()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
