-- Issue 16, items 9, 10 and 13.
--
-- Art. 124: an association files where it has its seat OR a branch; decree 2.16.403 art. 4:
-- it attaches its final registration receipt (الوصل النهائي). One row per association
-- petition: the branch's address in the commune (when the seat is elsewhere) and the copy
-- of the final receipt (a private upload) whose number and date the association declared on
-- its verified file.
CREATE TABLE petition_association_files (
    petition_id BIGINT PRIMARY KEY REFERENCES petitions(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    branch_address TEXT,
    receipt_upload_id BIGINT REFERENCES uploads(id) ON DELETE SET NULL
);

-- Arts. 38, 125: where the bureau's acceptance put the petition and why (the 20-day rule),
-- as decided on the day, as JSON; shown as stored, never recomputed.
ALTER TABLE petitions ADD COLUMN placement TEXT;

-- One ballot per person per cycle whatever the channel: a keyed hash of the voter's CIN on
-- every online and paper ballot, unique in the cycle (NULL for imported ballots).
ALTER TABLE pb_ballots ADD COLUMN cin_hash TEXT;
CREATE UNIQUE INDEX pb_ballots_cycle_cin ON pb_ballots (cycle_id, cin_hash);
