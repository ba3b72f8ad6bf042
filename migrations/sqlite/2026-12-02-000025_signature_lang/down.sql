ALTER TABLE petition_signatures DROP COLUMN lang;
