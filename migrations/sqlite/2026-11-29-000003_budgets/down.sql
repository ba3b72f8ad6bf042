DROP TABLE pb_updates;
DROP TABLE pb_ballot_items;
DROP TABLE pb_ballots;
DROP TABLE pb_proposals;
DROP TABLE pb_categories;
DROP TABLE pb_districts;
DROP TABLE pb_cycles;
