/// Which advisory lock stands for a content hash while a writer decides what its documents become.
///
/// One lock per hash would be exact, but PostgreSQL keeps advisory locks in its shared lock table
/// (about 64 per connection by default): a web archive of 10,000 records, each a member with a
/// content of its own, would exhaust it and fail with "out of shared memory". Hashes are therefore
/// locked by bucket: the same hash is always the same bucket, so two writers of one content still
/// exclude each other, and a transaction holds at most `count` content locks. Two different
/// contents in one bucket only make one writer wait for the other's (short) transaction.
public enum ContentLockBuckets {
    /// Buckets: few enough for a lock table shared by a handful of importers, many enough that
    /// importers of single files rarely wait on each other.
    public static let count: Int32 = 1024
    /// The first key of the two-key advisory lock, so these never meet the archive or path locks.
    static let namespace: Int32 = 0x646F_7373  // "doss"

    /// The bucket of a content hash: FNV-1a of its bytes, stable across processes and machines.
    public static func bucket(of hash: String) -> Int32 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in hash.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return Int32(truncatingIfNeeded: value % UInt64(count))
    }
}
