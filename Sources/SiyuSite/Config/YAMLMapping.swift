import SiyuCore
import SiyuContent
import Yams

/// A YAML mapping read key by key with its key path (`windows.repurchase_days`), so a wrong type or an unknown
/// key is an error that names the key, the file, the line and the column.
struct YAMLMapping {
    let mapping: Node.Mapping
    let path: String
    let file: String
    private(set) var used: Set<String> = []

    init(_ node: Node, path: String, file: String) throws(Diagnostic) {
        guard let mapping = node.mapping else {
            throw .error(at: Self.location(node, file), "\(path.isEmpty ? "the config" : "`\(path)`") must be a mapping of keys")
        }
        self.mapping = mapping
        self.path = path
        self.file = file
    }

    static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 0)
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    mutating func node(_ key: String) -> Node? {
        used.insert(key)
        return mapping[key]
    }

    mutating func string(_ key: String) throws(Diagnostic) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            throw .error(at: Self.location(node, file), "`\(keyPath(key))` must be a single value")
        }
        return scalar.string
    }

    mutating func bool(_ key: String) throws(Diagnostic) -> Bool? {
        guard let text = try string(key), let node = mapping[key] else { return nil }
        guard let value = node.bool else {
            throw .error(at: Self.location(node, file), "`\(keyPath(key))` must be true or false, not \"\(text)\"")
        }
        return value
    }

    mutating func double(_ key: String) throws(Diagnostic) -> Double? {
        guard let text = try string(key), let node = mapping[key] else { return nil }
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")) else {
            throw .error(at: Self.location(node, file), "`\(keyPath(key))` must be a number, not \"\(text)\"")
        }
        return value
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) throws(Diagnostic) -> Int? {
        guard let text = try string(key), let node = mapping[key] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .error(at: Self.location(node, file),
                         "`\(keyPath(key))` must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
        }
        return value
    }

    mutating func strings(_ key: String) throws(Diagnostic) -> [String]? {
        guard let node = node(key) else { return nil }
        switch node {
        case .sequence(let sequence): return sequence.compactMap(\.string)
        case .scalar(let scalar): return [scalar.string]
        default: throw .error(at: Self.location(node, file), "`\(keyPath(key))` must be a list")
        }
    }

    mutating func child(_ key: String) throws(Diagnostic) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        return try YAMLMapping(node, path: keyPath(key), file: file)
    }

    /// Keys of this mapping in file order.
    var keys: [String] { mapping.keys.compactMap(\.string) }

    /// Unknown keys are errors, so a typo never silently falls back to a default.
    func rejectUnknownKeys() throws(Diagnostic) {
        for key in mapping.keys {
            guard let name = key.string, !used.contains(name) else { continue }
            throw .error(at: Self.location(key, file), "unknown key `\(keyPath(name))`",
                         hint: "known keys here: " + used.sorted().joined(separator: ", "))
        }
    }
}
