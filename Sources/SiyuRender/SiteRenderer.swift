import SiyuContent
import SiyuCore
import SiyuMetrics

/// Renders every page of the site into memory: output path → bytes. Only the site stage writes to disk.
package struct SiteRenderer: Sendable {
    package let templates: TemplateSet

    package init(templates: TemplateSet) {
        self.templates = templates
    }

    package func render(_ context: RenderContext) throws(DiagnosticList) -> [String: [UInt8]] {
        let renderer = TemplateRenderer(library: try templates.library())
        let language = context.language
        let labels = Labels(language)
        var pages: [String: [UInt8]] = [:]
        var problems = DiagnosticCollector()

        // Models become dictionaries before rendering: much faster lookups, the same names (TemplateModel.swift).
        let flatLabels = TemplateModel.flatten(labels)
        // Every page can register search entries; the index is written once all pages have.
        var search = SearchIndexBuilder()
        let tables = context.tables
        let dashboards = dashboardModels(context, tables: tables)
        for (path, bytes) in renderDashboards(context, dashboards, renderer: renderer, labels: labels, flatLabels: flatLabels,
                                              problems: &problems) {
            pages[path] = bytes
        }
        search.add(contentsOf: KPISearchEntries.entries(context, labels: labels))
        let handbook = renderHandbook(context, renderer: renderer, labels: labels, search: &search)
        for (path, bytes) in handbook.pages { pages[path] = bytes }
        problems.add(contentsOf: handbook.problems)
        for (path, bytes) in templates.assets { pages["assets/" + path] = bytes }
        // Downloads: the machine-readable report and one CSV per table.
        pages["data/kpis.json"] = Array(KPIDocument.json(context.report, tables: tables).utf8)
        for table in tables {
            pages["data/\(table.id).csv"] = Array(CSVText.csv(table, suppressedText: "<\(context.minGroupSize)").utf8)
        }
        pages[SearchIndexBuilder.outputPath] = Array(search.javascript(kindLabels: Self.searchKindLabels(language)).utf8)
        // Last: the period's archive holds the dashboards, downloads and assets written above.
        archive(context, into: &pages)
        try problems.throwIfErrors()
        return pages
    }

    /// A page's content: through the Swift code equivalent to its built-in templates while none of them is
    /// overridden (`SwiftRenderedPage`), else through Mustache with the model flattened (`TemplateModel`).
    func content(_ template: String, _ model: Any, renderer: TemplateRenderer, flatLabels: Any?) throws(Diagnostic) -> String {
        if let page = model as? any SwiftRenderedPage, templates.areBuiltIn(type(of: page).templates) { return page.html() }
        return try renderer.render(template, TemplateModel.flatten(model, labels: flatLabels))
    }
}
