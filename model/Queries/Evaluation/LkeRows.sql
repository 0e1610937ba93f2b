-- Every row of the loaded LKE worksheets of a year, with the file and unit they belong to, in
-- worksheet order. A unit has at most one loaded worksheet a year: a later one supersedes it.
SELECT f.file_name, l.unit_code, coalesce(u.name, l.unit_code) AS unit_name, coalesce(u.jenis, '') AS jenis,
       l.number, l.depth, l.title, l.weight, l.answer, l.evaluator_value, l.catatan, l.source_sheet, l.source_row
FROM lke_row l
JOIN source_file f ON f.file_id = l.file_id AND f.status = 'loaded'
LEFT JOIN unit u ON u.unit_code = l.unit_code
WHERE l.year = $year
ORDER BY l.unit_code, l.source_row;
