-- A rejected file offered again is checked again (the reference may have changed since).
DELETE FROM load_finding WHERE file_id IN (SELECT file_id FROM source_file WHERE sha256 = $sha256 AND status = 'rejected');
DELETE FROM source_file WHERE sha256 = $sha256 AND status = 'rejected';
