diesel::table! {
    /// Attempts per rate-limit key and 10-second bucket, shared by every server process
    /// (migration 000026).
    rate_limits (rate_key, window_start) {
        rate_key -> Text,
        window_start -> BigInt,
        hits -> Integer,
    }
}
