-- Issue 17: a worker claims the oldest due jobs of its kind. Under a signing burst thousands
-- of confirmation mails wait at once; through `jobs_due` every claim read all of them (and
-- their payloads) to sort them by id and keep fifty. `jobs_pending` holds only the jobs still
-- to run, in claim order per kind: a claim reads what it takes, and the counts of waiting
-- jobs read the index alone. It replaces `jobs_due`, which the planner otherwise prefers.
DROP INDEX jobs_due;
CREATE INDEX jobs_pending ON jobs (kind, id) WHERE done_at IS NULL AND failed_at IS NULL;
