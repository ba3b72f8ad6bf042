-- Rate limits counted in the database (issue 17): every `musharaka serve` process on one
-- database counts the same attempts. One row per key and 10-second bucket; a limit sums
-- the buckets of the last minute. Old buckets are purged by the servers.
CREATE TABLE rate_limits (
    rate_key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (rate_key, window_start)
);

-- Caches invalidated across processes (issue 17): any change to a commune row, whichever
-- process makes it, notifies every server listening on `musharaka_cache` when its
-- transaction commits; they drop their cached communes.
CREATE FUNCTION musharaka_notify_cache() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('musharaka_cache', TG_TABLE_NAME);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER communes_notify_cache
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON communes
    FOR EACH STATEMENT EXECUTE FUNCTION musharaka_notify_cache();
