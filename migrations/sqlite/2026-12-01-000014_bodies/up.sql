-- Consultative bodies (arts. 119-120), their members, secretaries, meetings, yearly work
-- programme and advisory opinions (with versions and a public timeline).
CREATE TABLE bodies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('equality', 'consultative_space', 'youth_council', 'neighbourhood_committee', 'thematic')),
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    mission TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('forming', 'active', 'dissolved')),
    founding_deliberation_id BIGINT REFERENCES deliberations(id) ON DELETE SET NULL,
    founding_reference TEXT,
    rules_upload_id BIGINT REFERENCES uploads(id) ON DELETE SET NULL,
    target_women_pct INTEGER,
    target_youth_pct INTEGER,
    target_associations_pct INTEGER,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX bodies_commune ON bodies (commune_id, status);

CREATE TABLE body_secretaries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    assigned_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (body_id, account_id)
);

CREATE TABLE body_members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    association_name TEXT,
    seat TEXT NOT NULL CHECK (seat IN ('association', 'expert', 'citizen', 'youth', 'elected_observer', 'commune')),
    gender TEXT NOT NULL CHECK (gender IN ('female', 'male')),
    age_band TEXT NOT NULL CHECK (age_band IN ('under_35', 'from_35_to_59', 'over_60')),
    email TEXT,
    term_start DATE NOT NULL,
    term_end DATE,
    left_on DATE,
    replaces_member_id BIGINT REFERENCES body_members(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX body_members_body ON body_members (body_id);

CREATE TABLE body_meetings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    held_on DATE NOT NULL,
    place TEXT NOT NULL,
    agenda TEXT NOT NULL,
    is_public BOOLEAN NOT NULL,
    minutes TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX body_meetings_body ON body_meetings (body_id, held_on);

CREATE TABLE body_attendance (
    meeting_id BIGINT NOT NULL REFERENCES body_meetings(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES body_members(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    present BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE body_activities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    planned_on DATE,
    status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
    output TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX body_activities_body ON body_activities (body_id, year);

CREATE TABLE body_opinions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('own', 'referral', 'remarks')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'adopted', 'transmitted', 'answered')),
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    version INTEGER NOT NULL,
    target_document TEXT,
    target_section TEXT,
    requested_on DATE,
    deadline DATE,
    adoption TEXT,
    votes_for INTEGER,
    votes_against INTEGER,
    votes_abstaining INTEGER,
    adopted_on DATE,
    agenda_item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
    session_id BIGINT REFERENCES council_sessions(id) ON DELETE SET NULL,
    transmitted_on DATE,
    deliberation_id BIGINT REFERENCES deliberations(id) ON DELETE SET NULL,
    deliberation_number TEXT,
    answer_adopted BOOLEAN,
    answered_on DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX body_opinions_body ON body_opinions (commune_id, body_id, status);

CREATE TABLE body_opinion_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    opinion_id BIGINT NOT NULL REFERENCES body_opinions(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    edited_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    editor_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (opinion_id, version)
);

CREATE TABLE body_opinion_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    opinion_id BIGINT NOT NULL REFERENCES body_opinions(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    detail TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX body_opinion_events_opinion ON body_opinion_events (opinion_id, id);
