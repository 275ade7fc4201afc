/// Turns cmark-gfm's task-list items into an SOP checklist people can tick while they work through it: the list
/// gets `class="checklist"`, each item `class="task"`, and each checkbox is enabled and wrapped, with its text in a
/// `<span class="task-text">`, in a `<label>`, so it has an accessible name and a large click target. Works on
/// cmark's own output, whose shape for task items is fixed: `<li><input type="checkbox" [checked="" ]disabled="" /> …`.
enum ChecklistMarkup {
    private static let itemStart = "<li><input type=\"checkbox\" "
    private static let uncheckedRest = "disabled=\"\" /> "
    private static let checkedRest = "checked=\"\" disabled=\"\" /> "
    /// Where an item's own line of text ends: a nested block or the end of the item.
    private static let itemTextEnds = ["\n<ul", "\n<ol", "\n<p>", "\n<blockquote", "\n<pre", "\n<table", "\n<div", "</li>"]

    static func apply(_ html: String) -> String {
        guard html.utf8Range(of: "<input type=\"checkbox\"") != nil else { return html }
        var result = ""
        var rest = html[...]
        while let (range, isChecked) = nextItem(in: rest) {
            var before = rest[..<range.lowerBound]
            // The list that opens right before its first task item becomes a checklist.
            for list in ["<ul>\n", "<ol>\n"] where before.utf8.reversed().starts(with: list.utf8.reversed()) {
                before = before.dropLast(list.count)
                before += list.dropLast(2) + " class=\"checklist\">\n"
            }
            result += before
            result += "<li class=\"task\">"
            let box = "<input type=\"checkbox\" class=\"task-box\"" + (isChecked ? " checked=\"\"" : "") + " /> "
            rest = rest[range.upperBound...]
            if rest.hasPrefix("\n<p>") {
                // A loose item: the text sits in the first paragraph; the label goes inside it.
                result += "\n<p>"
                rest = rest.dropFirst(4)
                let end = rest.utf8Range(of: "</p>")?.lowerBound ?? rest.endIndex
                result += "<label class=\"task-label\">" + box + "<span class=\"task-text\">" + rest[..<end] + "</span></label>"
                rest = rest[end...]
            } else {
                let end = firstItemTextEnd(in: rest)
                result += "<label class=\"task-label\">" + box + "<span class=\"task-text\">" + rest[..<end] + "</span></label>"
                rest = rest[end...]
            }
        }
        return result + rest
    }

    /// The next task item's opening markup, and whether it is ticked. One forward search: linear overall.
    private static func nextItem(in text: Substring) -> (Range<Substring.Index>, Bool)? {
        var searchFrom = text.startIndex
        while let start = text.utf8Range(of: itemStart, from: searchFrom) {
            let after = text[start.upperBound...]
            if after.utf8.starts(with: uncheckedRest.utf8) {
                return (start.lowerBound..<text.utf8.index(start.upperBound, offsetBy: uncheckedRest.utf8.count), false)
            }
            if after.utf8.starts(with: checkedRest.utf8) {
                return (start.lowerBound..<text.utf8.index(start.upperBound, offsetBy: checkedRest.utf8.count), true)
            }
            searchFrom = start.upperBound
        }
        return nil
    }

    /// The nearest of `itemTextEnds`, scanning forward only as far as it (not to the end of the page per ending).
    /// Over the UTF-8 bytes: the endings are ASCII.
    private static func firstItemTextEnd(in text: Substring) -> Substring.Index {
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "<") {
                let rest = bytes[index...]
                if itemTextEnds.contains(where: { rest.starts(with: $0.utf8) }) { return index }
            }
            bytes.formIndex(after: &index)
        }
        return text.endIndex
    }
}
