-- Every file offered to the pipeline, loaded or not, with what was found in it.
CREATE SEQUENCE IF NOT EXISTS source_file_id START 1;

CREATE TABLE IF NOT EXISTS source_file (
    file_id        INTEGER PRIMARY KEY DEFAULT nextval('source_file_id'),
    file_name      VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,      -- capaian, lra, emonev, referensi, lke, unknown
    unit_code      VARCHAR,
    year           INTEGER,
    month          INTEGER,
    received_at    TIMESTAMP NOT NULL,
    status         VARCHAR NOT NULL,      -- loaded, superseded, rejected
    superseded_by  INTEGER,
    row_count      INTEGER NOT NULL DEFAULT 0,
    warning_count  INTEGER NOT NULL DEFAULT 0,
    error_count    INTEGER NOT NULL DEFAULT 0
);

-- Errors and warnings found while reading a file, each naming where it is.
CREATE TABLE IF NOT EXISTS load_finding (
    file_id      INTEGER NOT NULL,
    severity     VARCHAR NOT NULL,        -- error, warning
    sheet        VARCHAR,
    row_number   INTEGER,
    column_name  VARCHAR,
    found        VARCHAR,
    expected     VARCHAR,
    message      VARCHAR NOT NULL
);
