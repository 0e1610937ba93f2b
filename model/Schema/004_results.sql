-- Capaian computed for every indicator, unit, year and month reported. The value is uncapped;
-- the cap is a display setting. The target is the one in force to date, with where it came from.
CREATE TABLE IF NOT EXISTS capaian_result (
    indicator_code   VARCHAR NOT NULL,
    unit_code        VARCHAR NOT NULL,
    year             INTEGER NOT NULL,
    month            INTEGER NOT NULL,
    target_text      VARCHAR,
    target_low       DECIMAL(24,6),
    target_high      DECIMAL(24,6),
    annual_text      VARCHAR,
    annual_low       DECIMAL(24,6),
    annual_high      DECIMAL(24,6),
    target_source    VARCHAR NOT NULL,
    realisasi_value  DECIMAL(24,6),
    realisasi_grade  VARCHAR,
    capaian          DECIMAL(38,18),
    not_computable   VARCHAR,
    capaian_reported DECIMAL(24,6),
    file_id          INTEGER NOT NULL,
    source_row       INTEGER NOT NULL
);
