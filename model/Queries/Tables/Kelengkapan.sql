-- Freshness of the units' monthly capaian reports (the rule is the report_freshness view).
SELECT *
FROM report_freshness
WHERE ($year IS NULL OR tahun = $year) AND ($month IS NULL OR bulan = $month)
  AND ($unit IS NULL OR kode_unit = $unit)
ORDER BY tahun, bulan, kode_unit;
