INSERT INTO source_file (file_name, path, sha256, kind, received_at, status)
VALUES ($file_name, $path, $sha256, $kind, $received_at, 'loading')
RETURNING file_id;
