import SiyuCore

/// Where each schema column sits in a file's header.
package struct ResolvedHeader: Sendable {
    package var indices: [String: Int]
    package var tagGroupIndices: [Int]
    /// Header cells no column uses, as written.
    package var unknown: [String]
    package var fieldCount: Int
    /// Fields up to the last non-empty header cell: a row may stop there.
    package var namedFieldCount: Int

    package subscript(column: String) -> Int? { indices[column] }
}

/// Matches header cells to schema columns by an explicit mapping, the canonical name, an alias or a fallback
/// alias, in that order of precedence.
package enum HeaderMatcher {
    /// Case-, width- and space-insensitive form of a header: `Contact ID`, `contact_id` and `ＣＯＮＴＡＣＴ＿ＩＤ` agree.
    package static func normalize(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }  // full-width ASCII
            switch value {
            case 0x09, 0x20, 0x2D, 0x5F, 0xA0, 0x3000, 0x200B, 0xFEFF: continue  // spaces, - and _, invisible marks
            default: break
            }
            if let folded = Unicode.Scalar(value) { result.unicodeScalars.append(folded) }
        }
        return result.lowercased()
    }

    private enum Precedence: Int, Comparable {
        case explicit, name, fallback

        static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    package static func resolve(header: [String], schema: TableSchema, explicit: [String: String],
                                path: String, headerLine: String) throws(Diagnostic) -> ResolvedHeader {
        var lookup: [String: (column: String, precedence: Precedence)] = [:]
        for column in schema.columns.reversed() {
            for alias in column.fallbackAliases { lookup[normalize(alias)] = (column.name, .fallback) }
            for alias in [column.name] + column.aliases { lookup[normalize(alias)] = (column.name, .name) }
        }
        // An explicit mapping wins, and the column's other names then mean nothing.
        var silenced = Set(schema.ignored.map(normalize))
        for (key, entry) in lookup where explicit[entry.column] != nil {
            lookup[key] = nil
            silenced.insert(key)
        }
        for (column, headerName) in explicit { lookup[normalize(headerName)] = (column, .explicit) }
        let tagPrefixes = schema.tagGroupPrefixes.map(normalize)

        var candidates: [String: [(index: Int, precedence: Precedence)]] = [:]
        var tagGroups: [Int] = []
        var unknown: [String] = []
        for (index, cell) in header.enumerated() {
            let key = normalize(cell)
            if key.isEmpty { continue }
            if let entry = lookup[key] {
                candidates[entry.column, default: []].append((index, entry.precedence))
            } else if tagPrefixes.contains(where: { key.hasPrefix($0) }) {
                tagGroups.append(index)
            } else if !silenced.contains(key) {
                unknown.append(cell)
            }
        }

        var indices: [String: Int] = [:]
        var problems: [String] = []
        for column in schema.columns {
            guard let found = candidates[column.name], let best = found.map(\.precedence).min() else { continue }
            let winners = found.filter { $0.precedence == best }
            if winners.count > 1 {
                problems.append("duplicate column \(column.name) (" + winners.map { "\"\(header[$0.index])\"" }.joined(separator: " and ") + ")")
            }
            indices[column.name] = winners[0].index
        }
        for (column, headerName) in explicit.sorted(by: { $0.key < $1.key }) where indices[column] == nil {
            problems.append("siyu.yml maps \(column) to \"\(headerName)\", which is not in the header")
        }
        let missing = schema.columns.filter { $0.required && indices[$0.name] == nil && explicit[$0.name] == nil }.map(\.name)
        if !missing.isEmpty { problems.insert("missing required column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))", at: 0) }

        guard problems.isEmpty else {
            throw .error(at: SourceLocation(file: path, line: 1), problems.joined(separator: "; "),
                         hint: hint(header: header, schema: schema), sourceLine: headerLine)
        }
        let named = (header.lastIndex { !normalize($0).isEmpty } ?? -1) + 1
        return ResolvedHeader(indices: indices, tagGroupIndices: tagGroups, unknown: unknown, fieldCount: header.count,
                              namedFieldCount: named)
    }

    /// Expected against found, and a word on separators when the header did not split.
    private static func hint(header: [String], schema: TableSchema) -> String {
        var hint = "expected columns: " + schema.columns.map { $0.required ? $0.name : "[\($0.name)]" }.joined(separator: ", ")
        hint += "; found: " + header.map { "\"\($0)\"" }.joined(separator: ", ")
        if header.count == 1, let only = header.first, let separator = ["\t", "，", ";", "；", "|", ","].first(where: only.contains) {
            let shown = separator == "\t" ? "tabs" : "\"\(separator)\""
            switch separator {
            case "\t": hint += ". The header reads as one column but holds tabs: set `delimiter: tab` for this file in siyu.yml"
            case ",": hint += ". The header reads as one column but holds commas: set `delimiter: comma` for this file in siyu.yml"
            default: hint += ". The header reads as one column but holds \(shown): Siyu reads comma- or tab-separated files, so save it from Excel as \"CSV UTF-8\""
            }
        } else {
            hint += ". Map a column by name under data: <file>: columns: in siyu.yml"
        }
        return hint
    }
}
