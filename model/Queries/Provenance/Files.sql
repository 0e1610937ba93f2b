-- Every file offered to the store, newest first, with what became of it.
SELECT file_id, file_name, kind, unit_code, year, month, status, row_count, warning_count, error_count,
       strftime(received_at, '%Y-%m-%d %H:%M') AS received, superseded_by, sha256
FROM source_file
ORDER BY file_id DESC;
