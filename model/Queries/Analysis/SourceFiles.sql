-- The loaded files a year's report draws on: the reference workbook; the capaian files behind its
-- figures (the office's yearly IKU files up to the year for the series, and every unit's December
-- file of the year for the cascade; for a unit's report, its own December files up to the year);
-- and the LRA the year's spending stands at (December, or the latest month while December is
-- missing) with the December LRA of the year before (last year's cost per output).
SELECT f.file_name
FROM source_file f
LEFT JOIN unit u ON u.unit_code = f.unit_code
WHERE f.status = 'loaded'
  AND (f.kind = 'referensi'
       OR (f.kind = 'capaian' AND f.month = 12 AND $unit IS NULL AND (u.jenis = 'dinas' AND f.year <= $year OR f.year = $year))
       OR (f.kind = 'capaian' AND f.month = 12 AND f.unit_code = $unit AND f.year <= $year)
       OR (f.kind = 'lra' AND f.month = 12 AND f.year = $year - 1)
       OR (f.kind = 'lra' AND f.year = $year
           AND f.month = (SELECT max(month) FROM lra_line WHERE year = $year)))
ORDER BY f.kind DESC, f.year, f.file_name;
