DROP TABLE commune_notices;
