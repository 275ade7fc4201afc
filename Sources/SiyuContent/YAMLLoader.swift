import SiyuCore
import Yams

/// Parses YAML into a Yams node tree, turning syntax errors into diagnostics at the file's own line and column.
package enum YAMLLoader {
    /// `firstLine` is the file line of the YAML's first line (2 for front matter after an opening `---`).
    package static func compose(_ text: String, file: String, firstLine: Int = 1) throws(Diagnostic) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(error, text: text, file: file, firstLine: firstLine)
        } catch {
            throw .error(at: SourceLocation(file: file, line: firstLine), "cannot read YAML: \(error)")
        }
    }

    private static func diagnostic(_ error: YamlError, text: String, file: String, firstLine: Int) -> Diagnostic {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            // libyaml reports an error at the end of the input on the line after the last one: clamp it.
            let line = min(max(mark.line, 1), max(lines.count, 1))
            var message = problem
            if let context { message += " (\(context.text))" }
            return .error(at: SourceLocation(file: file, line: firstLine + line - 1, column: mark.column),
                          "invalid YAML: \(message)",
                          hint: "check indentation and quoting; a value with `:` or `#` needs quotes",
                          sourceLine: line <= lines.count ? String(lines[line - 1]) : nil)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return at(mark, problem, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "duplicate key \(duplicates.joined(separator: ", "))", nil)
        default:
            return .error(at: SourceLocation(file: file, line: firstLine), "invalid YAML: \(error)")
        }
    }

    /// File line of a node.
    package static func line(of node: Node, firstLine: Int) -> Int {
        (node.mark?.line).map { firstLine + $0 - 1 } ?? firstLine
    }

    package static func column(of node: Node) -> Int {
        node.mark?.column ?? 0
    }
}
