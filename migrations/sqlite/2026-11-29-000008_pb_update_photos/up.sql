-- Photos of a follow-up update, several per update (pb_updates.photo_upload_id held at most
-- one; its photos move here and the column is no longer written).
CREATE TABLE pb_update_photos (
    update_id BIGINT NOT NULL REFERENCES pb_updates(id) ON DELETE CASCADE,
    upload_id BIGINT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (update_id, upload_id)
);
INSERT INTO pb_update_photos (update_id, upload_id, commune_id, position)
    SELECT id, photo_upload_id, commune_id, 0 FROM pb_updates WHERE photo_upload_id IS NOT NULL;
