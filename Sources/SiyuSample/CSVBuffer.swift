import Foundation

/// An append-only UTF-8 buffer with the few formatting helpers CSV output needs; no Foundation formatters, so
/// bytes are identical everywhere.
struct CSVBuffer {
    private(set) var bytes: [UInt8] = []
    /// Where full rows go once the buffer holds a few megabytes; nil keeps everything in `bytes`.
    private let file: OutputFile?

    init(header: String, file: OutputFile? = nil) {
        self.file = file
        bytes.reserveCapacity(file == nil ? 1 << 16 : OutputFile.chunk + 4096)
        append(header)
        newline()
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    /// Ends a row, handing the rows so far to the file when there are enough of them.
    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        if let file, bytes.count >= OutputFile.chunk {
            file.write(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Writes what is left and closes the file.
    mutating func finish() throws {
        guard let file else { return }
        file.write(bytes)
        bytes.removeAll()
        try file.close()
    }

    /// A field, quoted when it holds a comma, quote or line break (RFC 4180).
    mutating func field(_ text: String) {
        if text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
            append("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        } else {
            append(text)
        }
    }

    /// Decimal digits, zero-padded to `width`, written straight into the buffer: going through `String(value)`
    /// was a third of `siyu sample --scale 10` (six numbers per touch).
    mutating func number(_ value: Int64, width: Int = 0) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt64 = 1
        var digits = 1
        while magnitude / divisor >= 10 {
            divisor *= 10
            digits += 1
        }
        if digits < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits)) }
        var rest = magnitude
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Local naive time `YYYY-MM-DD HH:MM:SS` from seconds since 1970-01-01 00:00 local.
    mutating func dateTime(_ local: Int64) {
        date(local / 86_400)
        bytes.append(UInt8(ascii: " "))
        let seconds = local % 86_400
        number(seconds / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        number(seconds / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        number(seconds % 60, width: 2)
    }

    mutating func date(_ day: Int64) {
        let (year, month, dayOfMonth) = SampleCalendar.components(day)
        number(year)
        bytes.append(UInt8(ascii: "-"))
        number(month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        number(dayOfMonth, width: 2)
    }

    /// Fen as yuan with two decimals.
    mutating func money(_ fen: Int64) {
        number(fen / 100)
        bytes.append(UInt8(ascii: "."))
        number(fen % 100, width: 2)
    }
}

/// Civil dates for the generator (it writes naive local times, so no time zone is involved).
enum SampleCalendar {
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    static func components(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A file written in chunks as rows are made: a `--scale 10` sample is a gigabyte, and holding it all before
/// writing cost as much in page faults as making it. The first error is kept and thrown by `close`.
final class OutputFile {
    static let chunk = 8 << 20
    private let handle: FileHandle?
    private var failure: (any Error)?

    init(_ url: URL) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            handle = try FileHandle(forWritingTo: url)
        } catch {
            handle = nil
            failure = error
        }
    }

    func write(_ bytes: [UInt8]) {
        guard failure == nil, let handle, !bytes.isEmpty else { return }
        do { try handle.write(contentsOf: bytes) } catch { failure = error }
    }

    func close() throws {
        if let handle { try handle.close() }
        if let failure { throw failure }
    }
}
