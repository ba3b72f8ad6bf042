DROP TABLE session_requests;
