DROP INDEX jobs_pending;
CREATE INDEX jobs_due ON jobs (done_at, failed_at, run_at);
