CREATE TABLE communes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_tzm TEXT,
    region_ar TEXT NOT NULL,
    region_fr TEXT NOT NULL,
    province_ar TEXT NOT NULL,
    province_fr TEXT NOT NULL,
    population BIGINT NOT NULL,
    census_year INTEGER NOT NULL,
    has_arrondissements BOOLEAN NOT NULL DEFAULT FALSE,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address_ar TEXT NOT NULL DEFAULT '',
    address_fr TEXT NOT NULL DEFAULT '',
    logo_upload_id BIGINT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE council_members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('female', 'male')),
    role TEXT NOT NULL CHECK (role IN ('president', 'vice_president', 'secretary', 'deputy_secretary', 'member')),
    vice_rank INTEGER,
    political_group TEXT,
    term_start DATE NOT NULL,
    term_end DATE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX council_members_commune ON council_members (commune_id);

CREATE TABLE committees (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    chair_member_id BIGINT REFERENCES council_members(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX committees_commune ON committees (commune_id);

CREATE TABLE committee_members (
    committee_id BIGINT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES council_members(id) ON DELETE CASCADE,
    PRIMARY KEY (committee_id, member_id)
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    commune_id BIGINT REFERENCES communes(id) ON DELETE SET NULL,
    lang TEXT NOT NULL DEFAULT 'ar',
    email_confirmed_at TIMESTAMP,
    is_platform_admin BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'secretariat', 'bureau', 'body_secretary', 'reviewer', 'evaluator')),
    granted_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (account_id, commune_id, role)
);

CREATE TABLE uploads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    commune_id BIGINT REFERENCES communes(id) ON DELETE CASCADE,
    stored_name TEXT NOT NULL UNIQUE,
    original_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    is_private BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE associations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    receipt_number TEXT NOT NULL,
    receipt_date DATE NOT NULL,
    founded_on DATE NOT NULL,
    seat_commune_id BIGINT NOT NULL REFERENCES communes(id),
    activity_field TEXT NOT NULL,
    statutes_upload_id BIGINT REFERENCES uploads(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'verified', 'rejected')),
    rejection_reason TEXT,
    reviewed_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    reviewed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX associations_seat ON associations (seat_commune_id, status);

CREATE TABLE account_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm_email', 'reset_password')),
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT REFERENCES communes(id) ON DELETE SET NULL,
    actor_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_log_commune ON audit_log (commune_id, created_at);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    run_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP,
    last_error TEXT,
    done_at TIMESTAMP,
    failed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX jobs_due ON jobs (done_at, failed_at, run_at);
