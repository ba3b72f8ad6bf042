ALTER TABLE jobs DROP COLUMN tag;
DROP TABLE petition_events;
DROP TABLE petition_signatures;
DROP TABLE petitions;
