CREATE TABLE petitions (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('citizens', 'association')),
    status TEXT NOT NULL,
    agent_account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    association_id BIGINT REFERENCES associations(id) ON DELETE SET NULL,
    subject TEXT NOT NULL,
    reasons TEXT NOT NULL,
    requested_item TEXT NOT NULL,
    threshold INTEGER,
    receipt_number TEXT,
    deposited_at TIMESTAMP,
    review_deadline DATE,
    bureau_checklist TEXT,
    bureau_reasons TEXT,
    bureau_decided_at TIMESTAMP,
    agenda_item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
    deliberation_id BIGINT REFERENCES deliberations(id) ON DELETE SET NULL,
    registered_on_paper BOOLEAN NOT NULL DEFAULT FALSE,
    personal_data_erased_at TIMESTAMP,
    final_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (commune_id, receipt_number)
);
CREATE INDEX petitions_commune ON petitions (commune_id, status);

CREATE TABLE petition_signatures (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    petition_id BIGINT NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('online', 'paper')),
    cin_hash TEXT NOT NULL,
    cin_encrypted TEXT,
    full_name TEXT,
    birth_date DATE,
    address TEXT,
    tie TEXT,
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    email TEXT,
    notify BOOLEAN NOT NULL DEFAULT FALSE,
    confirm_token_hash TEXT UNIQUE,
    confirmed_at TIMESTAMP,
    ip_hash TEXT,
    email_domain TEXT,
    flagged BOOLEAN NOT NULL DEFAULT FALSE,
    invalidated_at TIMESTAMP,
    invalidation_reason TEXT,
    entered_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (petition_id, cin_hash),
    UNIQUE (petition_id, account_id)
);
CREATE INDEX petition_signatures_count ON petition_signatures (petition_id, confirmed_at, invalidated_at);

CREATE TABLE petition_events (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    petition_id BIGINT NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    detail TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX petition_events_petition ON petition_events (petition_id, id);

ALTER TABLE jobs ADD COLUMN tag TEXT;
