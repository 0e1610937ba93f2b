-- Records the schema version a new database was made with.
INSERT INTO schema_version VALUES ($version);
