DROP INDEX pb_ballots_cycle_cin;
ALTER TABLE pb_ballots DROP COLUMN cin_hash;
ALTER TABLE petitions DROP COLUMN placement;
DROP TABLE petition_association_files;
