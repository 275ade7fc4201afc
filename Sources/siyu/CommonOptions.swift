import ArgumentParser
import Foundation
import SiyuCore
import SiyuData
import SiyuMetrics
import SiyuSite

/// Options every command that reads a project shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder (default: the current directory).")
    var project: String = "."

    @Option(name: .long, help: "The config file, relative to the project (default: siyu.yml).")
    var config: String?

    @Option(name: .long, help: "The period to report: a month such as 2025-11 or an ISO week such as 2025-W48.")
    var period: String?

    @Option(name: .long, help: "Site language: zh-CN or en (overrides siyu.yml).")
    var lang: String?

    @Flag(name: .long, help: "Skip bad data rows (counted on the data-quality page) instead of failing.")
    var lenient = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    /// A malformed `--period` is a usage error (exit 2), caught before any work.
    func validate() throws {
        if let period, Period.parse(period, clock: .shanghai) == nil {
            throw ValidationError("--period \"\(period)\" is not a period: use a month such as 2025-11 or an ISO week such as 2025-W48")
        }
    }

    var projectURL: URL {
        absoluteURL(project)
    }

    func buildOptions(output: String? = nil) -> BuildOptions {
        let progress: (@Sendable (String) -> Void)? = quiet ? nil : { @Sendable line in Console.out(line) }
        return BuildOptions(project: projectURL, configFile: config, output: output.map(absoluteURL), period: period,
                            language: lang, lenient: lenient, progress: progress)
    }

    private func absoluteURL(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}

/// Output for people: progress to stdout, problems to stderr.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Runs a command body, turning input problems into `path:line:col: error: …` lines and exit code 1.
func reportingInputErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let diagnostic as Diagnostic {
        Console.error(diagnostic.description)
        throw ExitCode(1)
    } catch let list as DiagnosticList {
        Console.error(list.description)
        let errors = list.diagnostics.filter { $0.severity == .error }.count + list.suppressed
        Console.error("\(errors) error\(errors == 1 ? "" : "s"); nothing was written")
        throw ExitCode(1)
    }
}
