DROP TABLE requests_history;
DROP TABLE complaints;
DROP TABLE info_publications;
DROP TABLE info_requests;

DELETE FROM roles WHERE role = 'information_officer';
CREATE TABLE roles_old (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'secretariat', 'bureau', 'body_secretary', 'reviewer', 'evaluator')),
    granted_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (account_id, commune_id, role)
);
INSERT INTO roles_old SELECT id, account_id, commune_id, role, granted_by, created_at FROM roles;
DROP TABLE roles;
ALTER TABLE roles_old RENAME TO roles;
