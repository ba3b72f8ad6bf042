DROP TABLE item_study_decisions;
ALTER TABLE council_members DROP COLUMN opposition;
DROP INDEX committees_compulsory_purpose;
ALTER TABLE committees DROP COLUMN purpose;
