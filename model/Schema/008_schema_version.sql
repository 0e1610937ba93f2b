-- The schema a database was made with: the number of schema scripts applied. A database made by
-- another version of the program is refused rather than read with rules it was not loaded under.
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL
);
