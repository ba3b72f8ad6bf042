-- Issue 16, art. 25 of law 113.14: what each permanent committee studies. The council forms
-- two to five; one for the budget, finances and programming and one for public services and
-- utilities are compulsory, one of each ('other' for the rest).
ALTER TABLE committees ADD COLUMN purpose TEXT NOT NULL DEFAULT 'other'
    CHECK (purpose IN ('budget_finance', 'public_services', 'other'));
CREATE UNIQUE INDEX committees_compulsory_purpose ON committees (commune_id, purpose)
    WHERE purpose <> 'other';
-- Art. 27: the chairmanship of one permanent committee is reserved to the opposition.
ALTER TABLE council_members ADD COLUMN opposition BOOLEAN NOT NULL DEFAULT FALSE;
-- Art. 28: when the competent committee did not study an item, the council decides without
-- debate, by a majority of votes cast, whether to deliberate on it; kept with its date and
-- count ('deliberate' lets the vote go on without a report, 'not_deliberate' bars it).
CREATE TABLE item_study_decisions (
    item_id BIGINT PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    decided_on DATE NOT NULL,
    in_favour INTEGER NOT NULL,
    against INTEGER NOT NULL,
    abstain INTEGER NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('deliberate', 'not_deliberate')),
    created_at TIMESTAMP NOT NULL
);
