-- Every scheduled job run: when it started and ended, how it ended, and the files it touched.
CREATE TABLE IF NOT EXISTS job_run (
    job_name      VARCHAR NOT NULL,
    scheduled_for TIMESTAMPTZ,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL,
    outcome       VARCHAR NOT NULL,      -- succeeded, failed
    detail        VARCHAR,
    files         INTEGER NOT NULL DEFAULT 0
);
