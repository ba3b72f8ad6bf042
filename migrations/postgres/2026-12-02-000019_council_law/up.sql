-- Issue 16 (law 113.14). Art. 47: a decision carries the signature of the president and of
-- the secretary (or the deputy secretary), each recorded with the member and the time;
-- `signed_at` stays the moment both are there.
ALTER TABLE deliberations ADD COLUMN president_member_id BIGINT;
ALTER TABLE deliberations ADD COLUMN president_signed_at TIMESTAMP;
ALTER TABLE deliberations ADD COLUMN secretary_member_id BIGINT;
ALTER TABLE deliberations ADD COLUMN secretary_signed_at TIMESTAMP;
-- Art. 48: a closed sitting records how many members asked (a third of members) and the
-- council's decision on the request with its counts (NULL for the governor's request).
ALTER TABLE sittings ADD COLUMN closed_requesting_members INTEGER;
ALTER TABLE sittings ADD COLUMN closed_in_favour INTEGER;
ALTER TABLE sittings ADD COLUMN closed_against INTEGER;
ALTER TABLE sittings ADD COLUMN closed_abstain INTEGER;
ALTER TABLE sittings ADD COLUMN closed_decision TEXT;
-- Art. 36: an extraordinary session asked for by members (or the governor, art. 37) records
-- the day of the request and how many members signed it.
ALTER TABLE council_sessions ADD COLUMN requested_on DATE;
ALTER TABLE council_sessions ADD COLUMN requesting_members INTEGER;
