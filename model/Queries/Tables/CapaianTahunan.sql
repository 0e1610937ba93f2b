-- Each indicator's year: target, realisasi and capaian at December, against last year
-- (difference, change, hutang kinerja) and against the Renstra end-of-period target. In the
-- Renstra's first year, "last year" is its baseline (kondisi awal). A range target keeps its lower
-- bound in the target column and its upper bound in the _atas column; hutang kinerja runs to the
-- bound the indicator must pass: the lower for a positive indicator, the upper for a negative one.
WITH last_year AS (
    SELECT c.indicator_code, c.unit_code, c.year,
           coalesce(prev.realisasi_value, awal.target_low) AS realisasi_value,
           coalesce(prev.realisasi_grade, CASE WHEN awal.target_low IS NULL THEN awal.target_text END) AS realisasi_grade,
           prev.capaian,
           CASE WHEN prev.indicator_code IS NOT NULL THEN 'realisasi'
                WHEN awal.indicator_code IS NOT NULL THEN 'kondisi awal Renstra' END AS source
    FROM capaian_result c
    LEFT JOIN capaian_result prev
           ON prev.indicator_code = c.indicator_code AND prev.unit_code = c.unit_code
          AND prev.year = c.year - 1 AND prev.month = 12
    LEFT JOIN renstra_target awal
           ON awal.indicator_code = c.indicator_code AND awal.kind = 'awal' AND awal.year = c.year - 1
    WHERE c.month = 12
)
SELECT c.year AS tahun, c.unit_code AS kode_unit, c.indicator_code AS kode_indikator, i.name AS indikator,
       i.jenis, i.satuan, i.polarity AS polaritas, c.target_source AS sumber_target,
       c.target_low AS target, nullif(c.target_high, c.target_low) AS target_atas,
       CASE WHEN c.target_low IS NULL THEN c.target_text END AS target_predikat,
       c.realisasi_value AS realisasi, c.realisasi_grade AS realisasi_predikat,
       round(c.capaian, 2) AS capaian_tanpa_batas, round(shown_capaian(c.capaian), 2) AS capaian,
       band_of(shown_capaian(c.capaian)) AS kategori, c.not_computable AS alasan_tidak_dihitung,
       prev.realisasi_value AS realisasi_tahun_lalu, prev.realisasi_grade AS realisasi_tahun_lalu_predikat,
       prev.source AS sumber_tahun_lalu, round(shown_capaian(prev.capaian), 2) AS capaian_tahun_lalu,
       c.realisasi_value - prev.realisasi_value AS selisih_realisasi,
       percent_of(c.realisasi_value - prev.realisasi_value, prev.realisasi_value) AS perubahan_persen,
       at_least_as_good(i.polarity, c.realisasi_value, prev.realisasi_value) AS lebih_baik_dari_tahun_lalu,
       CASE WHEN i.polarity = 'negatif' THEN c.annual_high ELSE c.annual_low END - prev.realisasi_value AS hutang_kinerja,
       akhir.target_low AS target_akhir_renstra, nullif(akhir.target_high, akhir.target_low) AS target_akhir_renstra_atas,
       CASE WHEN akhir.target_low IS NULL THEN akhir.target_text END AS target_akhir_renstra_predikat,
       round(shown_capaian(c.capaian_renstra), 2) AS capaian_terhadap_akhir_renstra
FROM capaian_result c
JOIN indicator i ON i.indicator_code = c.indicator_code
LEFT JOIN last_year prev
       ON prev.indicator_code = c.indicator_code AND prev.unit_code = c.unit_code AND prev.year = c.year
LEFT JOIN renstra_target akhir ON akhir.indicator_code = c.indicator_code AND akhir.kind = 'akhir'
WHERE c.month = 12 AND ($year IS NULL OR c.year = $year) AND ($unit IS NULL OR c.unit_code = $unit)
ORDER BY c.year, i.sort_order, c.unit_code;
