-- Who answers for a commune's site (issue 18): the contacts its privacy notice (law 09.08),
-- accessibility statement and legal information give, edited by the commune admin. One
-- row per commune, created on the first save; empty text means "not given yet".
CREATE TABLE commune_notices (
    commune_id BIGINT PRIMARY KEY REFERENCES communes(id) ON DELETE CASCADE,
    privacy_contact TEXT NOT NULL DEFAULT '',
    privacy_email TEXT NOT NULL DEFAULT '',
    privacy_phone TEXT NOT NULL DEFAULT '',
    cndp_reference TEXT NOT NULL DEFAULT '',
    accessibility_email TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    updated_at TIMESTAMP NOT NULL
);
