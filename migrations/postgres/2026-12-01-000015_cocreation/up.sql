-- Co-creation calls with associations (Tadafor model, RULES.md §5): the call with its
-- window, envelope and ceilings, its scoring grid, information meetings and a public Q&A;
-- concept notes with budget lines; independent evaluations with declared conflicts;
-- agreements with tranches, progress reports and spending per budget line.
CREATE TABLE cocreation_calls (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    title_ar TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    text_ar TEXT NOT NULL,
    text_fr TEXT NOT NULL,
    themes TEXT NOT NULL,
    envelope_centimes BIGINT NOT NULL,
    ceiling_centimes BIGINT NOT NULL,
    cofinancing_min_percent INTEGER NOT NULL,
    min_age_years INTEGER NOT NULL,
    activity_fields TEXT NOT NULL,
    opens_at TIMESTAMP NOT NULL,
    closes_at TIMESTAMP NOT NULL,
    tie_break TEXT NOT NULL,
    spread_threshold INTEGER NOT NULL,
    agenda_item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
    selection_item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
    published_at TIMESTAMP,
    results_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cocreation_calls_commune ON cocreation_calls (commune_id, status);

CREATE TABLE cocreation_criteria (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    call_id BIGINT NOT NULL REFERENCES cocreation_calls(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label_ar TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    guidance TEXT NOT NULL,
    weight INTEGER NOT NULL CHECK (weight > 0),
    max_score INTEGER NOT NULL CHECK (max_score > 0)
);
CREATE INDEX cocreation_criteria_call ON cocreation_criteria (call_id, position);

CREATE TABLE cocreation_meetings (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    call_id BIGINT NOT NULL REFERENCES cocreation_calls(id) ON DELETE CASCADE,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    place_ar TEXT NOT NULL,
    place_fr TEXT NOT NULL,
    attendance INTEGER,
    organisations_present INTEGER,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cocreation_registrations (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    meeting_id BIGINT NOT NULL REFERENCES cocreation_meetings(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    association_id BIGINT REFERENCES associations(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (meeting_id, account_id)
);

CREATE TABLE cocreation_questions (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    call_id BIGINT NOT NULL REFERENCES cocreation_calls(id) ON DELETE CASCADE,
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    question TEXT NOT NULL,
    answer TEXT,
    answered_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cocreation_notes (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    call_id BIGINT NOT NULL REFERENCES cocreation_calls(id) ON DELETE CASCADE,
    association_id BIGINT NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    problem TEXT NOT NULL,
    objectives TEXT NOT NULL,
    beneficiaries INTEGER NOT NULL,
    women_percent INTEGER NOT NULL,
    youth_percent INTEGER NOT NULL,
    activities TEXT NOT NULL,
    calendar TEXT NOT NULL,
    partners TEXT NOT NULL,
    receipt_number TEXT,
    submitted_at TIMESTAMP,
    unmet TEXT,
    eligibility_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    eligibility_at TIMESTAMP,
    rank INTEGER,
    total_score TEXT,
    granted_centimes BIGINT,
    decision_reason TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (commune_id, receipt_number)
);
CREATE INDEX cocreation_notes_call ON cocreation_notes (call_id, status);

CREATE TABLE cocreation_budget_lines (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    note_id BIGINT NOT NULL REFERENCES cocreation_notes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    amount_centimes BIGINT NOT NULL CHECK (amount_centimes > 0),
    cofinancing_centimes BIGINT NOT NULL CHECK (cofinancing_centimes >= 0)
);
CREATE INDEX cocreation_budget_lines_note ON cocreation_budget_lines (note_id, position);

CREATE TABLE cocreation_evaluations (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    note_id BIGINT NOT NULL REFERENCES cocreation_notes(id) ON DELETE CASCADE,
    evaluator_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    conflict_declared BOOLEAN NOT NULL DEFAULT FALSE,
    comment TEXT NOT NULL,
    submitted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (note_id, evaluator_id)
);

CREATE TABLE cocreation_scores (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    evaluation_id BIGINT NOT NULL REFERENCES cocreation_evaluations(id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES cocreation_criteria(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score >= 0),
    UNIQUE (evaluation_id, criterion_id)
);

CREATE TABLE cocreation_agreements (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    note_id BIGINT NOT NULL UNIQUE REFERENCES cocreation_notes(id) ON DELETE CASCADE,
    grant_centimes BIGINT NOT NULL,
    signed_on DATE NOT NULL,
    signed_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    final_evaluation TEXT,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cocreation_tranches (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    agreement_id BIGINT NOT NULL REFERENCES cocreation_agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    amount_centimes BIGINT NOT NULL CHECK (amount_centimes > 0),
    condition_text TEXT NOT NULL,
    report_due_on DATE NOT NULL,
    paid_on DATE
);

CREATE TABLE cocreation_reports (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    agreement_id BIGINT NOT NULL REFERENCES cocreation_agreements(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    side TEXT NOT NULL,
    narrative TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cocreation_report_lines (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    report_id BIGINT NOT NULL REFERENCES cocreation_reports(id) ON DELETE CASCADE,
    budget_line_id BIGINT NOT NULL REFERENCES cocreation_budget_lines(id) ON DELETE CASCADE,
    spent_centimes BIGINT NOT NULL CHECK (spent_centimes >= 0),
    UNIQUE (report_id, budget_line_id)
);

-- The call's public documents (note_id NULL) and a concept note's private attachments.
CREATE TABLE cocreation_documents (
    id BIGSERIAL PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    call_id BIGINT NOT NULL REFERENCES cocreation_calls(id) ON DELETE CASCADE,
    note_id BIGINT REFERENCES cocreation_notes(id) ON DELETE CASCADE,
    upload_id BIGINT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX cocreation_documents_call ON cocreation_documents (call_id, note_id);
