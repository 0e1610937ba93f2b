-- The loaded files a year's LKjIP draws on: the reference workbook, the office's yearly IKU
-- reports up to the year (the tables and the multi-year charts) and the year's last LRA.
SELECT f.file_name
FROM source_file f
LEFT JOIN unit u ON u.unit_code = f.unit_code
WHERE f.status = 'loaded'
  AND (f.kind = 'referensi'
       OR (f.kind = 'capaian' AND u.jenis = 'dinas' AND f.year <= $year)
       OR (f.kind = 'lra' AND f.year = $year
           AND f.month = (SELECT max(month) FROM source_file WHERE kind = 'lra' AND status = 'loaded' AND year = $year)))
ORDER BY f.kind DESC, f.year, f.file_name;
