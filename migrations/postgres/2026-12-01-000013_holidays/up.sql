-- Public holidays that move with the moon sighting (Eid al-Fitr, Eid al-Adha, 1 Muharram,
-- Mawlid), entered each year by the platform administrator. The fixed civil holidays are
-- built into musharaka_core::calendar and are not stored. One row per day off.
CREATE TABLE holidays (
    id BIGSERIAL PRIMARY KEY,
    day DATE NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
