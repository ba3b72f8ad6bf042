-- The information officer (law 31.13, art. 12) joins the roles a commune grants.
CREATE TABLE roles_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'secretariat', 'bureau', 'body_secretary', 'reviewer', 'evaluator', 'information_officer')),
    granted_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (account_id, commune_id, role)
);
INSERT INTO roles_new (id, account_id, commune_id, role, granted_by, created_at)
    SELECT id, account_id, commune_id, role, granted_by, created_at FROM roles;
DROP TABLE roles;
ALTER TABLE roles_new RENAME TO roles;

-- Access to information (law 31.13) and complaints, observations, suggestions
-- (decree 2.17.265). The requester's identity document is stored encrypted with a keyed
-- hash (law 09.08), never in clear.
CREATE TABLE info_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('online', 'desk', 'post')),
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    requester_name TEXT NOT NULL,
    requester_address TEXT NOT NULL,
    id_kind TEXT NOT NULL CHECK (id_kind IN ('cin', 'residence')),
    id_encrypted TEXT NOT NULL,
    id_hash TEXT NOT NULL,
    email TEXT,
    information TEXT NOT NULL,
    preferred_form TEXT NOT NULL,
    urgent BOOLEAN NOT NULL DEFAULT FALSE,
    received_on DATE NOT NULL,
    first_due_on DATE NOT NULL,
    due_on DATE NOT NULL,
    extended_on DATE,
    extension_reason TEXT,
    status TEXT NOT NULL,
    answered_on DATE,
    answer TEXT,
    refusal_ground TEXT,
    exception TEXT,
    ground_detail TEXT,
    costs_centimes BIGINT,
    appeal_filed_on DATE,
    appeal_text TEXT,
    appeal_decided_on DATE,
    appeal_outcome TEXT,
    appeal_decision TEXT,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commune_id, number)
);
CREATE INDEX info_requests_commune ON info_requests (commune_id, status);
CREATE INDEX info_requests_hash ON info_requests (commune_id, id_hash);

CREATE TABLE info_publications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    published_on DATE NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX info_publications_commune ON info_publications (commune_id, category);

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'observation', 'suggestion')),
    category TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('online', 'desk')),
    desk TEXT,
    district TEXT,
    address TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    anonymous BOOLEAN NOT NULL DEFAULT FALSE,
    filer_name TEXT,
    filer_email TEXT,
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    received_on DATE NOT NULL,
    ack_due_on DATE NOT NULL,
    answer_due_on DATE NOT NULL,
    acknowledged_on DATE,
    service TEXT,
    status TEXT NOT NULL,
    answered_on DATE,
    answer TEXT,
    satisfaction TEXT,
    satisfaction_note TEXT,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commune_id, number)
);
CREATE INDEX complaints_commune ON complaints (commune_id, status);

-- The history of a request or a complaint (internal notes are staff-only).
CREATE TABLE requests_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    subject TEXT NOT NULL CHECK (subject IN ('info', 'complaint')),
    subject_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT,
    internal BOOLEAN NOT NULL DEFAULT FALSE,
    actor_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX requests_history_subject ON requests_history (commune_id, subject, subject_id);
