-- How many of the database's own tables (not temporary ones) carry the name, or all of them when the name is null.
SELECT count(*) FROM duckdb_tables() WHERE NOT temporary AND ($name IS NULL OR table_name = $name);
