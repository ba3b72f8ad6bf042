-- Participatory budgets: cycles with their rulebook, districts, categories, proposals and
-- their review, ballots (online and paper) and the follow-up of selected projects.
-- Money is BIGINT centimes; times are UTC.

CREATE TABLE pb_cycles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    title_ar TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    description_ar TEXT NOT NULL DEFAULT '',
    description_fr TEXT NOT NULL DEFAULT '',
    total_cents BIGINT NOT NULL CHECK (total_cents >= 0),
    information_at TIMESTAMP NOT NULL,
    proposals_at TIMESTAMP NOT NULL,
    review_at TIMESTAMP NOT NULL,
    voting_at TIMESTAMP NOT NULL,
    results_at TIMESTAMP NOT NULL,
    implementation_at TIMESTAMP NOT NULL,
    phase_override TEXT CHECK (phase_override IN ('draft', 'information', 'proposals', 'review', 'voting', 'results', 'implementation')),
    who_proposes TEXT NOT NULL DEFAULT 'both' CHECK (who_proposes IN ('residents', 'associations', 'both')),
    voter_min_age INTEGER NOT NULL DEFAULT 16,
    ballot_type TEXT NOT NULL DEFAULT 'approval' CHECK (ballot_type IN ('approval', 'knapsack')),
    min_projects INTEGER NOT NULL DEFAULT 1,
    max_projects INTEGER NOT NULL DEFAULT 5,
    districts_per_voter INTEGER NOT NULL DEFAULT 1,
    rule TEXT NOT NULL DEFAULT 'mes-add1-greedy',
    tie_break TEXT NOT NULL DEFAULT 'ids' CHECK (tie_break IN ('ids', 'cost_votes')),
    counted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX pb_cycles_commune ON pb_cycles (commune_id, year);

CREATE TABLE pb_districts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    cycle_id BIGINT NOT NULL REFERENCES pb_cycles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0)
);
CREATE INDEX pb_districts_cycle ON pb_districts (commune_id, cycle_id);

CREATE TABLE pb_categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    cycle_id BIGINT NOT NULL REFERENCES pb_cycles(id) ON DELETE CASCADE,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL
);
CREATE INDEX pb_categories_cycle ON pb_categories (commune_id, cycle_id);

CREATE TABLE pb_proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    cycle_id BIGINT NOT NULL REFERENCES pb_cycles(id) ON DELETE CASCADE,
    district_id BIGINT NOT NULL REFERENCES pb_districts(id) ON DELETE CASCADE,
    category_id BIGINT REFERENCES pb_categories(id) ON DELETE SET NULL,
    author_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    association_id BIGINT REFERENCES associations(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    estimated_cents BIGINT NOT NULL CHECK (estimated_cents >= 0),
    photo_upload_id BIGINT REFERENCES uploads(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'feasible', 'unfeasible', 'merged')),
    review_reason TEXT,
    official_cents BIGINT CHECK (official_cents >= 0),
    merged_into_id BIGINT REFERENCES pb_proposals(id) ON DELETE SET NULL,
    reviewed_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    reviewed_at TIMESTAMP,
    selected_rank INTEGER,
    impl_status TEXT CHECK (impl_status IN ('planned', 'tendering', 'works', 'done', 'halted')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    spent_cents BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX pb_proposals_cycle ON pb_proposals (commune_id, cycle_id, district_id, status);

-- One ballot per voter per cycle, whatever the channel: `voter_key` is `account:<id>` for
-- a signed-in voter (online, or on paper when the officer names the account) or a keyed
-- hash of the CIN for a paper voter without an account. A stack number is used once.
CREATE TABLE pb_ballots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    cycle_id BIGINT NOT NULL REFERENCES pb_cycles(id) ON DELETE CASCADE,
    voter_key TEXT NOT NULL,
    voter_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    channel TEXT NOT NULL CHECK (channel IN ('online', 'paper', 'import')),
    paper_number TEXT,
    officer_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    birth_year INTEGER,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (cycle_id, voter_key),
    UNIQUE (cycle_id, paper_number)
);
CREATE INDEX pb_ballots_commune ON pb_ballots (commune_id, cycle_id);

CREATE TABLE pb_ballot_items (
    ballot_id BIGINT NOT NULL REFERENCES pb_ballots(id) ON DELETE CASCADE,
    proposal_id BIGINT NOT NULL REFERENCES pb_proposals(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    cycle_id BIGINT NOT NULL REFERENCES pb_cycles(id) ON DELETE CASCADE,
    district_id BIGINT NOT NULL REFERENCES pb_districts(id) ON DELETE CASCADE,
    PRIMARY KEY (ballot_id, proposal_id)
);
CREATE INDEX pb_ballot_items_cycle ON pb_ballot_items (cycle_id, district_id, proposal_id);

CREATE TABLE pb_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    cycle_id BIGINT NOT NULL REFERENCES pb_cycles(id) ON DELETE CASCADE,
    proposal_id BIGINT NOT NULL REFERENCES pb_proposals(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    impl_status TEXT NOT NULL CHECK (impl_status IN ('planned', 'tendering', 'works', 'done', 'halted')),
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    spent_cents BIGINT NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    photo_upload_id BIGINT REFERENCES uploads(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX pb_updates_cycle ON pb_updates (commune_id, cycle_id, created_at);
