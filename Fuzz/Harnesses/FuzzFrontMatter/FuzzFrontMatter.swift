import SiyuContent
import SiyuCore

/// The front-matter parser: any text (valid UTF-8 or repaired by String's decoding) must give front matter and a
/// body, or a located diagnostic in the same file, never a trap. The body is a suffix of the input and its line
/// number lies inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let (_, body, bodyLine) = try FrontMatter.split(text, file: "fuzz.md")
        let lines = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        guard bodyLine >= 1, bodyLine <= lines + 1 else { fatalError("body line \(bodyLine) outside 1...\(lines + 1)") }
        guard text.hasSuffix(body) || body.isEmpty || text.replacingOccurrences(of: "\r\n", with: "\n").hasSuffix(body) else {
            fatalError("body is not the rest of the file")
        }
    } catch {
        guard error.location.file == "fuzz.md" else { fatalError("diagnostic names another file: \(error)") }
    }
    return 0
}
