-- Capaian of every indicator, unit and month reported, as the settings show it, with its source.
SELECT c.year AS tahun, c.month AS bulan, c.unit_code AS kode_unit,
       c.indicator_code AS kode_indikator, i.name AS indikator, i.satuan, i.polarity AS polaritas,
       i.aggregation AS agregasi, i.sasaran_code AS kode_sasaran,
       c.target_low AS target, CASE WHEN c.target_high <> c.target_low THEN c.target_high END AS target_atas,
       CASE WHEN c.target_low IS NULL THEN c.target_text END AS target_predikat,
       c.target_source AS sumber_target,
       c.annual_low AS target_tahunan, c.realisasi_value AS realisasi, c.realisasi_grade AS realisasi_predikat,
       round(c.capaian, 2) AS capaian_tanpa_batas, round(shown_capaian(c.capaian), 2) AS capaian,
       band_of(shown_capaian(c.capaian)) AS kategori, track_of(shown_capaian(c.capaian)) AS status,
       c.not_computable AS alasan_tidak_dihitung, c.capaian_reported AS capaian_menurut_unit,
       f.file_name AS berkas, r.source_sheet AS lembar, c.source_row AS baris
FROM capaian_result c
JOIN indicator i ON i.indicator_code = c.indicator_code
JOIN source_file f ON f.file_id = c.file_id
LEFT JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
WHERE ($year IS NULL OR c.year = $year) AND ($month IS NULL OR c.month = $month)
  AND ($unit IS NULL OR c.unit_code = $unit)
ORDER BY c.year, c.month, i.sort_order, c.unit_code;
