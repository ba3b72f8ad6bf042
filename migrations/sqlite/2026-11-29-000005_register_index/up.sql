CREATE INDEX deliberations_register_order ON deliberations (commune_id, decided_on, sequence);
