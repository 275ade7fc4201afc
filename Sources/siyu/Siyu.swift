import ArgumentParser

/// The `siyu` command line: a thin shell over the SiyuSite library.
@main
struct Siyu: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "siyu",
        abstract: "Private-domain KPI dashboards and SOP handbooks as one static site.",
        subcommands: [BuildCommand.self, SampleCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
