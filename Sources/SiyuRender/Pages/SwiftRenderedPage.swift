/// A page model with Swift code equivalent to its built-in templates (`…+HTML.swift`): the same bytes, without
/// Mustache's name lookups and the flattening of the model by reflection. The renderer uses `html()` while every
/// template in `templates` (the page's and its partials') is the built-in one, Mustache otherwise.
protocol SwiftRenderedPage {
    /// The page's template and every partial it includes, as paths under `Templates/`.
    static var templates: [String] { get }

    /// The page's content, as its template renders it.
    func html() -> String
}

extension TemplateSet {
    /// Whether these templates are all the built-in ones (none overridden by the project).
    func areBuiltIn(_ names: [String]) -> Bool {
        names.allSatisfy { files[$0] == TemplateSet.builtIn.files[$0] }
    }
}
