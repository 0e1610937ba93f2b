SELECT file_id, status FROM source_file
WHERE sha256 = $sha256 AND status IN ('loaded', 'superseded')
ORDER BY file_id
LIMIT 1;
