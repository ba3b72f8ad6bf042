//! Council sessions, agendas, votes, deliberations and minutes (migration 2026-11-29-000002_councils).
