-- The schema version a database was made with.
SELECT max(version) FROM schema_version;
