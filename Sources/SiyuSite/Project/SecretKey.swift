import Foundation

/// The key behind masked ids: `SIYU_SECRET` when set, else a random key kept in the project at `.siyu/secret`
/// (created on first use, never copied to the output). Without a key anyone could hash a phone number and find it.
package enum SecretKey {
    package static let relativePath = ".siyu/secret"

    package static func load(project: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> [UInt8] {
        if let secret = environment["SIYU_SECRET"], !secret.isEmpty { return Array(secret.utf8) }
        let file = project.appending(path: relativePath)
        if let data = try? Data(contentsOf: file), !data.isEmpty { return [UInt8](data) }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let hex = Data(key.map { String(format: "%02x", $0) }.joined().utf8)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try hex.write(to: file)
            return [UInt8](hex)
        } catch {
            // A read-only project still builds; its tokens change between builds unless SIYU_SECRET is set.
            return [UInt8](hex)
        }
    }
}
