-- The count of a cycle, computed once when counted (issue 17) and read by the results
-- page and its exports: per district the voters, the votes per project and each rule's
-- winners, as JSON. `inputs` fingerprints what the count was computed from (ballots,
-- rule, districts, projects on the ballot); a page whose inputs differ recounts live.
CREATE TABLE pb_results (
    cycle_id BIGINT PRIMARY KEY NOT NULL REFERENCES pb_cycles(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    inputs TEXT NOT NULL,
    body TEXT NOT NULL,
    counted_at TIMESTAMP NOT NULL
);

-- Signature intake (issue 17): the burst checks count a petition's recent signatures
-- from one address or mail domain inside the write transaction; without these indexes
-- each signature scanned all the petition's signatures under the write lock.
CREATE INDEX petition_signatures_ip ON petition_signatures (petition_id, ip_hash, created_at);
CREATE INDEX petition_signatures_domain ON petition_signatures (petition_id, email_domain, created_at);
