/// A view model turned into nested `[String: Any]` dictionaries once, before rendering. swift-mustache looks a
/// name up in a dictionary directly, but in a struct through `Mirror`, built afresh for every lookup (and again
/// for every outer model the lookup climbs through): on a handbook page with a hundred sidebar items that was
/// most of the build. The dictionaries hold exactly the stored properties, so templates see the same names:
/// a nil optional is left out, as reflection would have it, and the lookup moves to the enclosing context.
enum TemplateModel {
    /// `labels`: the page labels already flattened, used for every `Labels` value met (every page has one and its
    /// layout another, each with dozens of fields: reflected afresh per page, that was wasted work).
    static func flatten(_ value: Any, labels: Any? = nil) -> Any {
        switch value {
        case is String, is Substring, is Bool, is Int, is Double, is [String: Any]: return value
        case is Labels: if let labels { return labels }
        default: break
        }
        func flatten(_ value: Any) -> Any { Self.flatten(value, labels: labels) }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let field = unwrapped(child.value) else { continue }
                fields[label] = flatten(field)
            }
            return fields
        case .collection:
            return mirror.children.map { flatten($0.value) }
        case .optional:
            return unwrapped(value).map(flatten) ?? value
        default:
            return value
        }
    }

    /// The value inside an optional, nil for `.none`; other values as they are.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
