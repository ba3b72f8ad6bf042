-- Issue 16, art. 36 of law 113.14: a request by members for an extraordinary session, kept
-- whatever follows it: the president's reasoned refusal (within 10 days of receipt, never for
-- a request by an absolute majority), or the session convened on it (session_id).
CREATE TABLE session_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    requested_on DATE NOT NULL,
    requesting_members INTEGER NOT NULL,
    members_in_office INTEGER NOT NULL,
    points TEXT NOT NULL,
    refused_on DATE,
    refusal_reasons TEXT,
    session_id BIGINT REFERENCES council_sessions(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX session_requests_commune ON session_requests (commune_id, requested_on);
-- Art. 41: the governor's reasoned objection to an item outside the commune's powers,
-- received by the president; referred to the administrative court, the council may not
-- deliberate on the item until the court rules (court_ruling 'upheld' or 'dismissed').
CREATE TABLE item_objections (
    item_id BIGINT PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    received_on DATE NOT NULL,
    reasons TEXT NOT NULL,
    in_court BOOLEAN NOT NULL DEFAULT FALSE,
    court_ruling TEXT CHECK (court_ruling IN ('upheld', 'dismissed')),
    created_at TIMESTAMP NOT NULL
);
-- Art. 46: a member's written question to the president, on the agenda of the next
-- session if received at least a month before it opens, answered at that session's sitting.
CREATE TABLE written_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES council_members(id) ON DELETE CASCADE,
    received_on DATE NOT NULL,
    question TEXT NOT NULL,
    session_id BIGINT REFERENCES council_sessions(id) ON DELETE SET NULL,
    answer TEXT,
    answered_on DATE,
    created_at TIMESTAMP NOT NULL
);
