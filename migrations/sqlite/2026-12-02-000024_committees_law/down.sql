DROP TABLE written_questions;
DROP TABLE item_objections;
DROP TABLE session_requests;
