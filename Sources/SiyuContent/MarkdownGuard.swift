import SiyuCore

/// Refuses Markdown shaped like the published denial-of-service inputs for cmark-gfm before 0.29.0.gfm.13
/// (CVE-2023-22483, -22484, -22486, -24824, -26485, -37463), which Debian bookworm's 0.29.0.gfm.6 still takes
/// quadratic time — or, for one, gigabytes — on, even well under the 1 MiB size cap.
///
/// Every published trigger repeats Markdown punctuation (`<!--`, `![[]()`, `|-`, ` -`, `*t _t*_` …) thousands of
/// times inside one block (a run of lines without a blank line), or makes a table whose cells multiply out.
/// So the guard, a single linear pass, bounds two things:
/// - the sum over blocks of (ASCII punctuation characters in the block)²: a block may hold up to 11,585 of them
///   (the densest seed article, an HTML export, holds 1,635; a 1,000-row table about 8,000), the whole file the
///   equivalent of that one block;
/// - table cells (columns of a delimiter row × lines of its block), summed over the file.
/// Measured against 0.29.0.gfm.6, the slowest input the guard lets through renders in one to two seconds.
/// The limits apply whatever cmark-gfm is linked, so a project builds, or fails, the same everywhere.
package struct MarkdownGuard: Sendable {
    package var punctuationBudget = 1 << 27
    package var tableCellBudget = 100_000

    package init() {}

    /// A run of lines without a blank line between them.
    struct Block {
        var firstLine: Int
        var lastLine: Int
        var punctuation = 0
        /// Cells in the widest table delimiter row (`|---|:-:|`), 0 when there is none.
        var columns = 0
        var cells: Int { columns * (lastLine - firstLine + 1) }
    }

    /// The measurements, in one pass over the bytes.
    struct Measure {
        var squares = 0
        var cells = 0
        var densest: Block?
        var widest: Block?
        private var block: Block?
        private var line: Int
        private var thisLine = LineState()

        struct LineState {
            var isBlank = true
            var punctuation = 0
            var onlyDelimiterCharacters = true
            var hasDash = false
            var pipes = 0
            var edgePipes = 0
            var last: UInt8 = 0
        }

        init(firstLine: Int) {
            line = firstLine
        }

        mutating func scan(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                var previous: UInt8 = 0
                for byte in bytes {
                    defer { previous = byte }
                    switch byte {
                    case UInt8(ascii: "\n"): if previous != UInt8(ascii: "\r") { endLine() }
                    case UInt8(ascii: "\r"): endLine()
                    case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
                    case 0x80...:
                        // Not ASCII (most of a Chinese playbook): what `add` does for a byte that is neither
                        // punctuation nor a delimiter character, without its checks.
                        thisLine.isBlank = false
                        thisLine.last = byte
                        thisLine.onlyDelimiterCharacters = false
                    default: add(byte)
                    }
                }
            }
            endLine()
            endBlock()
        }

        private mutating func add(_ byte: UInt8) {
            if thisLine.isBlank && byte == UInt8(ascii: "|") { thisLine.edgePipes = 1 }
            thisLine.isBlank = false
            thisLine.last = byte
            if MarkdownGuard.isPunctuation(byte) { thisLine.punctuation += 1 }
            switch byte {
            case UInt8(ascii: "|"): thisLine.pipes += 1
            case UInt8(ascii: "-"): thisLine.hasDash = true
            case UInt8(ascii: ":"): break
            default: thisLine.onlyDelimiterCharacters = false
            }
        }

        private mutating func endLine() {
            if thisLine.isBlank {
                endBlock()
            } else {
                var current = block ?? Block(firstLine: line, lastLine: line)
                current.lastLine = line
                current.punctuation += thisLine.punctuation
                if thisLine.onlyDelimiterCharacters && thisLine.hasDash {
                    let edges = thisLine.edgePipes + (thisLine.last == UInt8(ascii: "|") && thisLine.pipes > 0 ? 1 : 0)
                    current.columns = max(current.columns, max(1, thisLine.pipes + 1 - edges))
                }
                block = current
            }
            line += 1
            thisLine = LineState()
        }

        private mutating func endBlock() {
            guard let finished = block else { return }
            squares += finished.punctuation * finished.punctuation
            cells += finished.cells
            if finished.punctuation > densest?.punctuation ?? -1 { densest = finished }
            if finished.cells > widest?.cells ?? -1 { widest = finished }
            block = nil
        }
    }

    /// `firstLine` is the file line of the Markdown's first line (after front matter).
    package func check(_ markdown: String, file: String, firstLine: Int) throws(Diagnostic) {
        var measure = Measure(firstLine: firstLine)
        measure.scan(markdown)
        let squares = measure.squares
        let cells = measure.cells
        let densest = measure.densest
        let widest = measure.widest
        if squares > punctuationBudget, let densest {
            let single = densest.punctuation * densest.punctuation > punctuationBudget
            throw .error(
                at: SourceLocation(file: file, line: densest.firstLine),
                single ? "lines \(densest.firstLine)–\(densest.lastLine) form one block of \(densest.punctuation) Markdown "
                    + "punctuation characters, more than Siyu parses safely"
                    : "the file's blocks hold more Markdown punctuation than Siyu parses safely "
                    + "(the densest, lines \(densest.firstLine)–\(densest.lastLine), holds \(densest.punctuation))",
                hint: "separate paragraphs, lists and tables with blank lines, or split the playbook; input like this "
                    + "makes cmark-gfm before 0.29.0.gfm.13 run for minutes (CVE-2023-22483 and others)")
        }
        if cells > tableCellBudget, let widest {
            throw .error(
                at: SourceLocation(file: file, line: widest.firstLine),
                "the tables hold more than \(tableCellBudget) cells (the largest, lines \(widest.firstLine)–"
                    + "\(widest.lastLine), has \(widest.columns) columns)",
                hint: "split the table, or put the data in a CSV under Content/data; tables this large make "
                    + "cmark-gfm before 0.29.0.gfm.13 run for minutes (CVE-2023-37463)")
        }
    }

    /// ASCII punctuation: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
