DROP TABLE petition_attachments;
