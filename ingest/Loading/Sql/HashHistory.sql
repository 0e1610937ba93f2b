-- What the store knows before a file loads, in one pass: the files with the same bytes (loaded,
-- superseded or rejected before) and any rejected file still waiting for its correction.
SELECT file_id, status, sha256 = $sha256 AS same_bytes, status = 'rejected' AND superseded_by IS NULL AS open_rejection
FROM source_file
WHERE sha256 = $sha256 OR (status = 'rejected' AND superseded_by IS NULL)
ORDER BY file_id;
