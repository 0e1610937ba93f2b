-- The latest month units reported, and the latest year with year-end (December) results.
SELECT
    (SELECT max(year * 100 + month) FROM capaian_result c JOIN unit u ON u.unit_code = c.unit_code WHERE u.jenis <> 'dinas') AS latest_month,
    (SELECT max(year) FROM capaian_result WHERE month = 12) AS latest_closed_year;
