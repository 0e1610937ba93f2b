-- Each unit indicator's path through the year up to the month, with the whole of the year before:
-- the target to date and the realisasi to date of every month computed.
SELECT c.indicator_code, c.unit_code, c.year, c.month, c.target_low, c.realisasi_value
FROM capaian_result c
JOIN unit u ON u.unit_code = c.unit_code
WHERE u.jenis <> 'dinas' AND (c.year = $year - 1 OR (c.year = $year AND c.month <= $month))
ORDER BY c.indicator_code, c.unit_code, c.year, c.month;
