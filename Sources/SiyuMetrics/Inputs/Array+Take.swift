extension Array {
    /// The array, leaving this variable empty: the caller then holds the only reference, so the array can be
    /// changed in place without a copy, or is let go after its last use.
    mutating func take() -> [Element] {
        var taken: [Element] = []
        swap(&taken, &self)
        return taken
    }
}
