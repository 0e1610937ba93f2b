-- The latest month of a year in which the units (not the Dinas) reported capaian.
SELECT max(c.month)
FROM capaian_result c
JOIN unit u ON u.unit_code = c.unit_code
WHERE u.jenis <> 'dinas' AND c.year = $year;
