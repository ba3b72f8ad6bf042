DROP INDEX petition_signatures_domain;
DROP INDEX petition_signatures_ip;
DROP TABLE pb_results;
