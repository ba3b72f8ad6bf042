-- Decree 2.16.403: an association's petition carries the mandate of the person who follows
-- the procedure, unless that person is the association's legal representative (declared
-- by the agent). One row per association petition; the mandate file is private.
CREATE TABLE petition_mandates (
    petition_id BIGINT PRIMARY KEY REFERENCES petitions(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    upload_id BIGINT REFERENCES uploads(id) ON DELETE SET NULL,
    agent_is_legal_representative BOOLEAN NOT NULL DEFAULT FALSE
);
