-- Cumulative indicators of the file being loaded whose value to date is below an earlier month's
-- (or above a later month's) of the same unit and year, as already loaded.
SELECT cur.source_sheet, cur.source_row, cur.indicator_code, cur.month, cur.realisasi_todate,
       other.month AS other_month, other.realisasi_todate AS other_value, f.file_name
FROM capaian_report cur
JOIN indicator i ON i.indicator_code = cur.indicator_code AND i.aggregation = 'kumulatif'
JOIN capaian_report other
  ON other.unit_code = cur.unit_code AND other.indicator_code = cur.indicator_code
 AND other.year = cur.year AND other.month <> cur.month
JOIN source_file f ON f.file_id = other.file_id AND f.status = 'loaded'
WHERE cur.file_id = $file_id
  AND ((other.month < cur.month AND other.realisasi_todate > cur.realisasi_todate)
    OR (other.month > cur.month AND other.realisasi_todate < cur.realisasi_todate))
QUALIFY row_number() OVER (PARTITION BY cur.source_row ORDER BY abs(other.month - cur.month)) = 1
ORDER BY cur.source_row;
