/// The built-in `Templates/partial-table.mustache` and `partial-table-grid.mustache`, written out in Swift: the
/// same bytes, without Mustache. `root` is the page's. Parity: `DashboardHTMLTests`.
extension TableView {
    static let templates = ["partial-table.mustache", "partial-table-grid.mustache"]

    /// `partial-table`: the caption, download link and note, then the grid (or "no data").
    func html(root: String, into out: inout TemplateOutput) {
        out.text("<div class=\"table-block")
        out.section(tall) { $0.text(" tall") }
        out.text("\" id=\"")
        out.escaped(id)
        out.text("\">\n  <div class=\"table-head\">\n    <h3 class=\"table-title\">")
        out.escaped(caption)
        out.text("</h3>\n    ")
        downloadHTML(root: root, into: &out)
        out.text("\n  </div>\n  ")
        out.section(hasNote) { out in
            out.text("<p class=\"table-note\">")
            out.escaped(note)
            out.text("</p>")
        }
        out.text("\n  ")
        out.section(hasRows) { out in out.partial { gridHTML(into: &$0) } }
        out.text("\n  ")
        out.section(!hasRows) { out in
            out.text("<p class=\"empty\">")
            out.escaped(emptyText)
            out.text("</p>")
        }
        out.text("\n</div>\n")
    }

    /// `{{#hasDownload}}<a class="download" …>{{/hasDownload}}` of `partial-table`.
    private func downloadHTML(root: String, into out: inout TemplateOutput) {
        out.section(hasDownload) { out in
            out.text("<a class=\"download\" href=\"")
            out.escaped(root)
            out.escaped(download)
            out.text("\">")
            out.escaped(downloadLabel)
            out.text("</a>")
        }
    }

    /// `partial-table-grid`: the table itself, the first cell of each row as its header.
    func gridHTML(into out: inout TemplateOutput) {
        out.text("<div class=\"table-wrap\"><table class=\"data\" data-sortable>\n<thead><tr>")
        out.each(columns) { out, column in
            out.text("<th scope=\"col\"")
            out.section(column.numeric) { $0.text(" class=\"num\"") }
            out.text(">")
            out.escaped(column.title)
            out.text("</th>")
        }
        out.text("</tr></thead>\n<tbody>\n")
        out.each(rows) { out, row in
            out.text("<tr>")
            out.each(row.cells) { out, cell in
                out.section(cell.header) { out in
                    out.text("<th scope=\"row\">")
                    out.escaped(cell.text)
                    out.text("</th>")
                }
                out.section(!cell.header) { out in
                    out.text("<td class=\"")
                    out.section(cell.numeric) { $0.text("num") }
                    out.section(cell.muted) { $0.text(" muted") }
                    out.text("\"")
                    if let sortValue = cell.sortValue {
                        out.section { out in
                            out.text(" data-value=\"")
                            out.escaped(sortValue)
                            out.text("\"")
                        }
                    }
                    out.text(">")
                    out.escaped(cell.text)
                    out.text("</td>")
                }
            }
            out.text("</tr>\n")
        }
        out.text("</tbody>\n</table></div>\n")
    }
}
