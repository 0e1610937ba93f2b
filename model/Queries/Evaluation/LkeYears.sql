-- The years that have at least one loaded LKE worksheet, latest first.
SELECT DISTINCT l.year
FROM lke_row l
JOIN source_file f ON f.file_id = l.file_id AND f.status = 'loaded'
ORDER BY l.year DESC;
