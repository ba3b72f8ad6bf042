DROP TABLE minutes;
DROP TABLE deliberations;
DROP TABLE member_votes;
DROP TABLE item_votes;
DROP TABLE agenda_items;
DROP TABLE attendance;
DROP TABLE sittings;
DROP TABLE council_sessions;
