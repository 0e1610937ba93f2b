-- Capaian against the Renstra end-of-period target, beside the capaian against the target to date.
ALTER TABLE capaian_result ADD COLUMN IF NOT EXISTS capaian_renstra DECIMAL(38,18);

-- Capaian of each completed quarter (triwulan) on its own: the quarter's realisasi by the
-- indicator's monthly aggregation against the part of the target that falls in the quarter.
CREATE TABLE IF NOT EXISTS capaian_quarter (
    indicator_code   VARCHAR NOT NULL,
    unit_code        VARCHAR NOT NULL,
    year             INTEGER NOT NULL,
    quarter          INTEGER NOT NULL,
    months_reported  INTEGER NOT NULL,
    target_text      VARCHAR,
    target_low       DECIMAL(24,6),
    target_high      DECIMAL(24,6),
    realisasi_value  DECIMAL(24,6),
    realisasi_grade  VARCHAR,
    capaian          DECIMAL(38,18),
    not_computable   VARCHAR
);

-- The year-end realisasi and capaian projected from the months reported so far.
CREATE TABLE IF NOT EXISTS capaian_projection (
    indicator_code     VARCHAR NOT NULL,
    unit_code          VARCHAR NOT NULL,
    year               INTEGER NOT NULL,
    month              INTEGER NOT NULL,
    method             VARCHAR NOT NULL,
    projected_value    DECIMAL(38,18),
    projected_grade    VARCHAR,
    capaian            DECIMAL(38,18),
    not_computable     VARCHAR
);
