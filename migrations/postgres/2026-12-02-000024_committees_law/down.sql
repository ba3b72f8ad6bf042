DROP TABLE item_objections;
DROP TABLE session_requests;
