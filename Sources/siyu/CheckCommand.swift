import ArgumentParser
import Foundation
import SiyuSite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config, every data file and every playbook; write nothing.",
        discussion: "Exits 0 when everything reads cleanly (warnings allowed), 1 on errors."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "text (diagnostics on stderr, a summary on stdout) or json (everything on stdout).")
    var format: Format = .text

    func run() throws {
        var options = project.buildOptions()
        options.progress = nil
        let report = ProjectChecker(options: options).check()
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(report.json.utf8))
        case .text:
            for diagnostic in report.diagnostics where !project.quiet || diagnostic.severity == .error {
                Console.error(diagnostic.description)
            }
            if report.suppressed > 0 { Console.error("… and \(report.suppressed) more errors not shown") }
            if !project.quiet || report.hasErrors { Console.out(report.summary) }
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
