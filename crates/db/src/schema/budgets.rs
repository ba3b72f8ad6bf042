//! Participatory-budget tables (migration 2026-11-29-000003_budgets).
