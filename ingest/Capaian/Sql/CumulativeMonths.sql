-- The values to date of the given cumulative indicators of one unit and year: the rows of the file
-- being loaded and those of the other months already loaded, which the cumulative checks compare.
SELECT c.file_id, c.source_sheet, c.source_row, c.indicator_code, c.month,
       c.realisasi_month, c.realisasi_todate, f.file_name
FROM capaian_report c
JOIN source_file f ON f.file_id = c.file_id
WHERE c.unit_code = $unit_code AND c.year = $year AND list_contains($codes, c.indicator_code)
  AND (c.file_id = $file_id OR f.status = 'loaded')
ORDER BY c.source_row;
