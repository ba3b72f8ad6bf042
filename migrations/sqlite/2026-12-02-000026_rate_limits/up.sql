-- Rate limits counted in the database (issue 17): every `musharaka serve` process on one
-- database counts the same attempts. One row per key and 10-second bucket; a limit sums
-- the buckets of the last minute. Old buckets are purged by the servers.
CREATE TABLE rate_limits (
    rate_key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (rate_key, window_start)
);
