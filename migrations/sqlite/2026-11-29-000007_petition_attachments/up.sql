CREATE TABLE petition_attachments (
    petition_id BIGINT NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    upload_id BIGINT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    PRIMARY KEY (petition_id, upload_id)
);
