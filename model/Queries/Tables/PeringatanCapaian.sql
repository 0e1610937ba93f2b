-- Early warning: each indicator's projected year-end realisasi and capaian as of every month
-- before December, flagged when the projected capaian as shown falls below the warning threshold.
SELECT p.year AS tahun, p.month AS bulan, p.unit_code AS kode_unit, p.indicator_code AS kode_indikator,
       i.name AS indikator, i.satuan, i.aggregation AS agregasi,
       c.annual_low AS target_tahunan, CASE WHEN c.annual_low IS NULL THEN c.annual_text END AS target_tahunan_predikat,
       c.realisasi_value AS realisasi_sd_bulan_ini, c.realisasi_grade AS realisasi_predikat,
       p.method AS metode, round(p.projected_value, 2) AS proyeksi_realisasi, p.projected_grade AS proyeksi_predikat,
       round(shown_capaian(p.capaian), 2) AS proyeksi_capaian, band_of(shown_capaian(p.capaian)) AS kategori,
       p.not_computable AS alasan_tidak_dihitung,
       round(shown_capaian(p.capaian), 2) < (SELECT warning_capaian FROM analysis_setting) AS peringatan
FROM capaian_projection p
JOIN indicator i ON i.indicator_code = p.indicator_code
JOIN capaian_result c ON c.indicator_code = p.indicator_code AND c.unit_code = p.unit_code
                     AND c.year = p.year AND c.month = p.month
WHERE ($year IS NULL OR p.year = $year) AND ($month IS NULL OR p.month = $month)
  AND ($unit IS NULL OR p.unit_code = $unit)
ORDER BY p.year, p.month, i.sort_order, p.unit_code;
