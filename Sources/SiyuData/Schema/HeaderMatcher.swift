import SiyuCore

/// Where each schema column sits in a file's header.
package struct ResolvedHeader: Sendable {
    package var indices: [String: Int]
    package var tagGroupIndices: [Int]
    package var unknown: [String]
    package var fieldCount: Int

    package subscript(column: String) -> Int? { indices[column] }
}

/// Matches header cells to schema columns by canonical name, alias or an explicit mapping.
package enum HeaderMatcher {
    /// Case-, width- and space-insensitive form of a header: `Contact ID`, `contact_id` and `ＣＯＮＴＡＣＴ＿ＩＤ` agree.
    package static func normalize(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }  // full-width ASCII
            if value == 0x3000 || value == 0x20 || value == 0x5F || value == 0x2D || value == 0x09 || value == 0xFEFF { continue }
            if let folded = Unicode.Scalar(value) { result.unicodeScalars.append(folded) }
        }
        return result.lowercased()
    }

    package static func resolve(header: [String], schema: TableSchema, explicit: [String: String],
                                path: String, headerLine: String) throws(Diagnostic) -> ResolvedHeader {
        var lookup: [String: String] = [:]
        for column in schema.columns {
            lookup[normalize(column.name)] = column.name
            for alias in column.aliases { lookup[normalize(alias)] = column.name }
        }
        // An explicit mapping wins over any alias.
        for (column, headerName) in explicit { lookup[normalize(headerName)] = column }
        let ignored = Set(schema.ignored.map(normalize))
        let tagPrefixes = schema.tagGroupPrefixes.map(normalize)

        var indices: [String: Int] = [:]
        var duplicates: [String] = []
        var tagGroups: [Int] = []
        var unknown: [String] = []
        for (index, cell) in header.enumerated() {
            let key = normalize(cell)
            if let column = lookup[key] {
                if indices[column] != nil { duplicates.append("\(column) (\"\(cell)\")") } else { indices[column] = index }
            } else if tagPrefixes.contains(where: { !key.isEmpty && key.hasPrefix($0) }) {
                tagGroups.append(index)
            } else if !ignored.contains(key) && !key.isEmpty {
                unknown.append(cell)
            }
        }

        let missing = schema.columns.filter { $0.required && indices[$0.name] == nil }.map(\.name)
        if !missing.isEmpty || !duplicates.isEmpty {
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing required column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))") }
            if !duplicates.isEmpty { parts.append("duplicate column\(duplicates.count > 1 ? "s" : "") \(duplicates.joined(separator: ", "))") }
            var hint = "expected columns: " + schema.columns.map { $0.required ? $0.name : "[\($0.name)]" }.joined(separator: ", ")
            hint += "; found: " + header.map { "\"\($0)\"" }.joined(separator: ", ")
            if header.count == 1, let only = header.first, only.contains("，") || only.contains(";") || only.contains("\t") {
                hint += ". The header reads as one column: is the file separated by \"，\", \";\" or tabs?"
            } else {
                hint += ". Map a column by name under data: columns: in siyu.yml"
            }
            throw .error(at: SourceLocation(file: path, line: 1), parts.joined(separator: "; "), hint: hint,
                         sourceLine: headerLine)
        }
        return ResolvedHeader(indices: indices, tagGroupIndices: tagGroups, unknown: unknown, fieldCount: header.count)
    }
}
