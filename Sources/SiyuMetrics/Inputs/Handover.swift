/// Passes a value to the one parallel job that takes it, so that job can let the value go when it is done
/// with it: whatever a job's closure captures stays alive until every job has finished.
final class Handover<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) {
        self.value = value
    }

    /// The value; the box keeps nothing. Call once, from one job.
    func take() -> Value? {
        defer { value = nil }
        return value
    }
}
