-- Cumulative indicators whose value to date is not last month's value to date plus this month's.
SELECT cur.source_sheet, cur.source_row, cur.indicator_code, cur.realisasi_todate,
       prev.realisasi_todate + cur.realisasi_month AS expected, f.file_name
FROM capaian_report cur
JOIN indicator i ON i.indicator_code = cur.indicator_code AND i.aggregation = 'kumulatif'
JOIN capaian_report prev
  ON prev.unit_code = cur.unit_code AND prev.indicator_code = cur.indicator_code
 AND prev.year = cur.year AND prev.month = cur.month - 1
JOIN source_file f ON f.file_id = prev.file_id AND f.status = 'loaded'
WHERE cur.file_id = $file_id
  AND cur.realisasi_month IS NOT NULL
  AND prev.realisasi_todate + cur.realisasi_month <> cur.realisasi_todate
ORDER BY cur.source_row;
