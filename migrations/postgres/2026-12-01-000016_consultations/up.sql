-- Public consultations on the commune's drafts (law 113.14 arts. 78 and 119): the draft
-- split into sections (every version kept), comments per section with moderation and
-- support, questionnaires (online, one per account; paper entered by staff), in-person
-- workshops (counts, never names), the synthesis per section and the council's adoption.
CREATE TABLE consultations (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    title_ar TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    text_ar TEXT NOT NULL,
    text_fr TEXT NOT NULL,
    owner_service TEXT NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    channels TEXT NOT NULL,
    districts TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    revised_version INTEGER,
    synthesis_ar TEXT,
    synthesis_fr TEXT,
    synthesis_published_at TIMESTAMP,
    agenda_item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
    deliberation_id BIGINT REFERENCES deliberations(id) ON DELETE SET NULL,
    deliberation_number TEXT,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    published_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX consultations_commune ON consultations (commune_id, status);

CREATE TABLE consultation_sections (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    position INTEGER NOT NULL,
    heading TEXT NOT NULL,
    body TEXT NOT NULL,
    taken TEXT,
    not_taken TEXT,
    answered_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (consultation_id, version, position)
);

CREATE TABLE consultation_comments (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    section_id BIGINT NOT NULL REFERENCES consultation_sections(id) ON DELETE CASCADE,
    parent_id BIGINT REFERENCES consultation_comments(id) ON DELETE CASCADE,
    author_kind TEXT NOT NULL CHECK (author_kind IN ('citizen', 'association', 'body', 'staff')),
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    association_id BIGINT REFERENCES associations(id) ON DELETE SET NULL,
    author_label TEXT,
    body TEXT NOT NULL,
    hidden_at TIMESTAMP,
    hidden_reason TEXT,
    hidden_note TEXT,
    outcome TEXT,
    outcome_note TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX consultation_comments_section ON consultation_comments (section_id, id);

CREATE TABLE consultation_supports (
    comment_id BIGINT NOT NULL REFERENCES consultation_comments(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (comment_id, account_id)
);

CREATE TABLE consultation_questions (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'ranking', 'short_text', 'long_text')),
    prompt_ar TEXT NOT NULL,
    prompt_fr TEXT NOT NULL,
    options TEXT NOT NULL,
    required BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (consultation_id, position)
);

CREATE TABLE consultation_responses (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('online', 'paper')),
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    entered_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    answers TEXT NOT NULL,
    age_band TEXT,
    gender TEXT,
    district TEXT,
    association_member TEXT,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (consultation_id, account_id)
);

CREATE TABLE consultation_workshops (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    held_on DATE NOT NULL,
    place TEXT NOT NULL,
    focus TEXT NOT NULL CHECK (focus IN ('theme', 'district')),
    topic TEXT NOT NULL,
    facilitators TEXT NOT NULL,
    invitations INTEGER NOT NULL,
    outputs TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE consultation_attendance (
    workshop_id BIGINT NOT NULL REFERENCES consultation_workshops(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    women INTEGER NOT NULL,
    men INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, category)
);

CREATE TABLE consultation_workshop_photos (
    workshop_id BIGINT NOT NULL REFERENCES consultation_workshops(id) ON DELETE CASCADE,
    upload_id BIGINT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    PRIMARY KEY (workshop_id, upload_id)
);
