CREATE TABLE council_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('ordinary', 'extraordinary')),
    ordinary_month INTEGER,
    trigger_by TEXT,
    trigger_note TEXT,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    place TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'convened', 'open', 'closed', 'cancelled')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX council_sessions_commune ON council_sessions (commune_id, starts_on);

CREATE TABLE sittings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    session_id BIGINT NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
    starts_at TIMESTAMP NOT NULL,
    convocation TEXT NOT NULL CHECK (convocation IN ('first', 'second', 'third')),
    is_public BOOLEAN NOT NULL,
    closed_requester TEXT,
    closed_reasons TEXT,
    quorum_decision TEXT,
    members_present INTEGER,
    members_in_office INTEGER,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX sittings_session ON sittings (session_id);

CREATE TABLE attendance (
    sitting_id BIGINT NOT NULL REFERENCES sittings(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES council_members(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    PRIMARY KEY (sitting_id, member_id)
);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    session_id BIGINT NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title_ar TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    summary TEXT NOT NULL,
    committee_id BIGINT REFERENCES committees(id) ON DELETE SET NULL,
    committee_report TEXT,
    matter TEXT NOT NULL,
    source TEXT NOT NULL,
    source_ref TEXT,
    status TEXT NOT NULL CHECK (status IN ('on_agenda', 'refused', 'postponed', 'decided')),
    status_reasons TEXT,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (session_id, number)
);
CREATE INDEX agenda_items_source ON agenda_items (commune_id, source, source_ref);

CREATE TABLE item_votes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    item_id BIGINT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    sitting_id BIGINT NOT NULL REFERENCES sittings(id) ON DELETE CASCADE,
    ballot TEXT NOT NULL CHECK (ballot IN ('first', 'second_sitting')),
    in_favour INTEGER NOT NULL,
    against INTEGER NOT NULL,
    abstain INTEGER NOT NULL,
    members_present INTEGER NOT NULL,
    members_in_office INTEGER NOT NULL,
    president_vote TEXT,
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (item_id, ballot)
);

CREATE TABLE member_votes (
    vote_id BIGINT NOT NULL REFERENCES item_votes(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES council_members(id) ON DELETE CASCADE,
    choice TEXT NOT NULL CHECK (choice IN ('in_favour', 'against', 'abstain')),
    PRIMARY KEY (vote_id, member_id)
);

CREATE TABLE deliberations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    item_id BIGINT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    vote_id BIGINT REFERENCES item_votes(id) ON DELETE SET NULL,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    decided_on DATE NOT NULL,
    outcome TEXT NOT NULL,
    text_ar TEXT NOT NULL,
    text_fr TEXT,
    signed_at TIMESTAMP,
    signed_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    corrects_id BIGINT REFERENCES deliberations(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commune_id, year, sequence)
);
CREATE INDEX deliberations_register ON deliberations (commune_id, decided_on);

CREATE TABLE minutes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    session_id BIGINT NOT NULL REFERENCES council_sessions(id) ON DELETE CASCADE,
    text_ar TEXT NOT NULL,
    text_fr TEXT,
    president_member_id BIGINT REFERENCES council_members(id) ON DELETE SET NULL,
    president_signed_at TIMESTAMP,
    secretary_member_id BIGINT REFERENCES council_members(id) ON DELETE SET NULL,
    secretary_signed_at TIMESTAMP,
    recorded_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    corrects_id BIGINT REFERENCES minutes(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX minutes_session ON minutes (session_id);
