/// Gathers diagnostics up to a cap (Hugo's 50), counting the rest, so one run reports many problems.
public struct DiagnosticCollector: Sendable {
    public let cap: Int
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var suppressed = 0

    public init(cap: Int = 50) {
        self.cap = cap
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count + suppressed }
    public var hasErrors: Bool { errorCount > 0 }
    public var isFull: Bool { diagnostics.count >= cap }

    public mutating func add(_ diagnostic: Diagnostic) {
        if diagnostics.count < cap { diagnostics.append(diagnostic) } else { suppressed += 1 }
    }

    public mutating func add(contentsOf other: [Diagnostic]) {
        for diagnostic in other { add(diagnostic) }
    }

    /// Appends everything another collector gathered, as if it had been added here: its diagnostics in order,
    /// then its suppressed count.
    public mutating func add(_ other: DiagnosticCollector) {
        add(contentsOf: other.diagnostics)
        suppressed += other.suppressed
    }

    /// Throws the collected errors, if any; warnings alone do not throw.
    public func throwIfErrors() throws(DiagnosticList) {
        if hasErrors { throw DiagnosticList(diagnostics, suppressed: suppressed) }
    }
}
