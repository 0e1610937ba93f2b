-- The units that report monthly, with the capaian file they sent for the month, if any.
SELECT u.unit_code, u.name, f.file_name,
       (SELECT count(*) FROM indicator i WHERE i.unit_code = u.unit_code) AS indicators
FROM unit u
LEFT JOIN source_file f
       ON f.unit_code = u.unit_code AND f.kind = 'capaian' AND f.status = 'loaded'
      AND f.year = $year AND f.month = $month
WHERE u.jenis <> 'dinas'
ORDER BY u.unit_code;
