-- The latest month units reported, and the latest year the office's LKjIP can be written for:
-- the latest with year-end (December) results for an IKU.
SELECT
    (SELECT max(year * 100 + month) FROM capaian_result c JOIN unit u ON u.unit_code = c.unit_code WHERE u.jenis <> 'dinas') AS latest_month,
    (SELECT max(c.year) FROM capaian_result c JOIN indicator i ON i.indicator_code = c.indicator_code
      WHERE c.month = 12 AND i.jenis = 'IKU') AS latest_closed_year;
