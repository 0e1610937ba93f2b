-- Each unit indicator's path through the year up to the month, with the whole of the year before:
-- the target to date and the realisasi to date of every month computed, and the file row each
-- month's figures come from.
SELECT c.indicator_code, c.unit_code, c.year, c.month, c.target_low, c.realisasi_value,
       f.file_name, r.source_sheet, c.source_row, c.target_source
FROM capaian_result c
JOIN unit u ON u.unit_code = c.unit_code
JOIN source_file f ON f.file_id = c.file_id
LEFT JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
WHERE u.jenis <> 'dinas' AND (c.year = $year - 1 OR (c.year = $year AND c.month <= $month))
ORDER BY c.indicator_code, c.unit_code, c.year, c.month;
