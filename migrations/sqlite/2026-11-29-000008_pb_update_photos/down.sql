DROP TABLE pb_update_photos;
