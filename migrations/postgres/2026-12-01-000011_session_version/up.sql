-- Issue 9 item 2: a session token carries the account's session version; logout, a
-- password change or reset and "sign out everywhere" raise it, which ends every session
-- issued before.
ALTER TABLE accounts ADD COLUMN session_version BIGINT NOT NULL DEFAULT 0;
