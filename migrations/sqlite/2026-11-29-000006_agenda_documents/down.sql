DROP TABLE agenda_item_documents;
