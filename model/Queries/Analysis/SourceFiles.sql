-- The loaded files a year's report draws on.
SELECT file_name FROM source_file
WHERE status = 'loaded' AND (year IN ($year, $year - 1) OR kind = 'referensi')
ORDER BY kind, file_name;
