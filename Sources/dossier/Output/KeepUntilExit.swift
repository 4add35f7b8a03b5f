/// Keeps `value` alive until the process ends, so it is never torn down.
///
/// A no-op reindex of 100,000 files builds two tables of 100,000 entries;
/// freeing them one string at a time was a tenth of the run, just before the
/// process exits and the system reclaims the memory at once anyway (compilers
/// do the same). Only for values a command holds until it returns.
func keepUntilExit<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Kept(value))
}

private final class Kept<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
