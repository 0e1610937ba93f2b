-- The floor a csv ingest is measured against: DuckDB's own reader loading one file as it is,
-- every field as text, into a table, with no checks, no parsing of Indonesian numbers and no history.
CREATE OR REPLACE TABLE floor_rows AS
SELECT * FROM read_csv($file, all_varchar = true, header = false, null_padding = true, ignore_errors = true);
