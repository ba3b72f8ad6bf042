DROP TABLE requests_history;
DROP TABLE complaints;
DROP TABLE info_publications;
DROP TABLE info_requests;

DELETE FROM roles WHERE role = 'information_officer';
ALTER TABLE roles DROP CONSTRAINT roles_role_check;
ALTER TABLE roles ADD CONSTRAINT roles_role_check CHECK (role IN ('admin', 'secretariat', 'bureau', 'body_secretary', 'reviewer', 'evaluator'));
