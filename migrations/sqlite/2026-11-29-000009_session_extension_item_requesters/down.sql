ALTER TABLE agenda_items DROP COLUMN requesters;
ALTER TABLE council_sessions DROP COLUMN extended_until;
