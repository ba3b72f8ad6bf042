DROP TRIGGER communes_notify_cache ON communes;
DROP FUNCTION musharaka_notify_cache();
DROP TABLE rate_limits;
