-- Art. 34: the last day of an ordinary session extended once by the president (NULL: not
-- extended). Art. 40: how many members asked in writing for an agenda item (items from
-- members only; NULL otherwise).
ALTER TABLE council_sessions ADD COLUMN extended_until DATE;
ALTER TABLE agenda_items ADD COLUMN requesters INTEGER;
