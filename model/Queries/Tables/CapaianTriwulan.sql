-- Capaian of each completed quarter on its own and to date at the quarter's end.
SELECT q.year AS tahun, q.quarter AS triwulan, q.unit_code AS kode_unit,
       q.indicator_code AS kode_indikator, i.name AS indikator, i.satuan, i.aggregation AS agregasi,
       q.months_reported AS bulan_dilaporkan,
       q.target_low AS target_triwulan, q.target_text AS target_triwulan_teks,
       q.realisasi_value AS realisasi_triwulan, q.realisasi_grade AS realisasi_triwulan_predikat,
       round(shown_capaian(q.capaian), 2) AS capaian_triwulan, band_of(shown_capaian(q.capaian)) AS kategori_triwulan,
       q.not_computable AS alasan_tidak_dihitung,
       c.target_low AS target_sd_triwulan, c.realisasi_value AS realisasi_sd_triwulan,
       round(shown_capaian(c.capaian), 2) AS capaian_sd_triwulan
FROM capaian_quarter q
JOIN indicator i ON i.indicator_code = q.indicator_code
LEFT JOIN capaian_result c
       ON c.indicator_code = q.indicator_code AND c.unit_code = q.unit_code
      AND c.year = q.year AND c.month = q.quarter * 3
WHERE ($year IS NULL OR q.year = $year) AND ($unit IS NULL OR q.unit_code = $unit)
ORDER BY q.year, q.quarter, i.sort_order, q.unit_code;
