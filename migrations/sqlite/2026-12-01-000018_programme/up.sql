-- The action programme (law 113.14 art. 78) and commitment plans (OGP local), their
-- commitments, actions, indicators with dated values, monitoring rounds, the steering
-- committee, traceability links to citizen input, and the performance programme's yearly
-- self-assessment. Indicator quantities are BIGINT hundredths (12.5 % is 1250); money is
-- BIGINT centimes. The adopting deliberation and the cited origins are ids owned by other
-- domains (councils, petitions, budgets, bodies, consultations): checked through their
-- public functions, no foreign key across domains.
CREATE TABLE programme_plans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('action_programme', 'commitment_plan')),
    title_ar TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'adopted')),
    deliberation_id BIGINT,
    adopted_on DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX programme_plans_commune ON programme_plans (commune_id, starts_on);

CREATE TABLE programme_series (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    plan_id BIGINT NOT NULL REFERENCES programme_plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title_ar TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    UNIQUE (plan_id, position)
);

CREATE TABLE programme_commitments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    plan_id BIGINT NOT NULL REFERENCES programme_plans(id) ON DELETE CASCADE,
    series_id BIGINT REFERENCES programme_series(id) ON DELETE SET NULL,
    number INTEGER NOT NULL,
    title_ar TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    lead_service TEXT NOT NULL,
    partners TEXT NOT NULL DEFAULT '',
    expected_results TEXT NOT NULL DEFAULT '',
    budget_cents BIGINT,
    status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'dropped')),
    status_reason TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (plan_id, number)
);
CREATE INDEX programme_commitments_plan ON programme_commitments (commune_id, plan_id);

CREATE TABLE programme_actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    commitment_id BIGINT NOT NULL REFERENCES programme_commitments(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    starts_on DATE,
    due_on DATE,
    done_on DATE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX programme_actions_commitment ON programme_actions (commitment_id);

CREATE TABLE programme_indicators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    commitment_id BIGINT NOT NULL REFERENCES programme_commitments(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('result', 'impact')),
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    baseline BIGINT NOT NULL,
    target BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX programme_indicators_commitment ON programme_indicators (commitment_id);

CREATE TABLE programme_rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    plan_id BIGINT NOT NULL REFERENCES programme_plans(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    period_end DATE NOT NULL,
    validated_at TIMESTAMP,
    validation_note TEXT,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (plan_id, period_end)
);

CREATE TABLE programme_values (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    indicator_id BIGINT NOT NULL REFERENCES programme_indicators(id) ON DELETE CASCADE,
    measured_on DATE NOT NULL,
    value BIGINT NOT NULL,
    source TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX programme_values_indicator ON programme_values (indicator_id, measured_on);

CREATE TABLE programme_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    commitment_id BIGINT NOT NULL REFERENCES programme_commitments(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('petition', 'pb_project', 'deliberation', 'advisory_opinion', 'consultation_comment')),
    reference TEXT NOT NULL,
    checked BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commitment_id, kind, reference)
);
CREATE INDEX programme_links_origin ON programme_links (commune_id, kind, reference);

CREATE TABLE programme_evidence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    commitment_id BIGINT NOT NULL REFERENCES programme_commitments(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE programme_steering (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    plan_id BIGINT NOT NULL REFERENCES programme_plans(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('commune', 'civil_society')),
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE programme_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    plan_id BIGINT NOT NULL REFERENCES programme_plans(id) ON DELETE CASCADE,
    commitment_id BIGINT REFERENCES programme_commitments(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    detail TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX programme_updates_commune ON programme_updates (commune_id, created_at);

CREATE TABLE programme_assessments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    conditions_met INTEGER NOT NULL,
    points INTEGER NOT NULL,
    detail TEXT NOT NULL,
    published BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commune_id, year)
);
