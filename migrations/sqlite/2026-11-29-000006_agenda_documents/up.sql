CREATE TABLE agenda_item_documents (
    item_id BIGINT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    upload_id BIGINT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, upload_id)
);
