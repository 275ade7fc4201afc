import Foundation
import Mustache
import SiyuCore

/// The templates and assets a site is rendered with: the built-in ones embedded in the binary, overridden file by
/// file by a project's own `Templates/` folder.
package struct TemplateSet: Sendable {
    /// Path under `Templates/` → bytes.
    package private(set) var files: [String: [UInt8]]
    /// Paths that came from the project rather than the binary.
    package private(set) var overridden: Set<String> = []

    package init(files: [String: [UInt8]]) {
        self.files = files
    }

    package static let builtIn = TemplateSet(files: EmbeddedTemplates.base64.compactMapValues { encoded in
        Data(base64Encoded: encoded).map { [UInt8]($0) }
    })

    package func overriding(with projectFiles: [String: [UInt8]]) -> TemplateSet {
        var result = self
        for (path, bytes) in projectFiles {
            result.files[path] = bytes
            result.overridden.insert(path)
        }
        return result
    }

    /// Files under `assets/`, keyed by their path inside it.
    package var assets: [String: [UInt8]] {
        var assets: [String: [UInt8]] = [:]
        for (path, bytes) in files where path.hasPrefix("assets/") { assets[String(path.dropFirst(7))] = bytes }
        return assets
    }

    /// Every `*.mustache` file parsed once, named without extension; a syntax error names the template, line and column.
    package func library() throws(DiagnosticList) -> MustacheLibrary {
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: String(decoding: bytes, as: UTF8.self)), named: name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(.error(at: SourceLocation(file: "Templates/" + path, line: error.context.lineNumber,
                                                          column: error.context.columnNumber),
                                       "template syntax error: \(error.error)", sourceLine: error.context.line))
            } catch {
                problems.append(.error(at: SourceLocation(file: "Templates/" + path), "template error: \(error)"))
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return library
    }
}

/// Renders a named template, failing loudly when it is missing (swift-mustache would return nil).
package struct TemplateRenderer: Sendable {
    package let library: MustacheLibrary

    package init(library: MustacheLibrary) {
        self.library = library
    }

    package func render(_ name: String, _ model: Any) throws(Diagnostic) -> String {
        guard let output = library.render(model, withTemplate: name) else {
            throw .error(at: SourceLocation(file: "Templates/\(name).mustache"), "template \(name).mustache is missing",
                         hint: "restore it, or delete the project's Templates/ override to use the built-in one")
        }
        return output
    }
}
