-- Every indicator's result for one month (month 12 is the year's result), with last year's
-- December realisasi (in the Renstra's first year its baseline, as capaian_tahunan reads it), the
-- Renstra end target, the unit's own words and the source row.
SELECT c.indicator_code, i.name, i.satuan, i.polarity, i.jenis, i.sasaran_code, i.sasaran_name, c.unit_code,
       c.year, c.month,
       c.target_text, c.target_low, c.target_high,
       c.annual_text, c.annual_low, c.annual_high, c.target_source,
       c.realisasi_value, c.realisasi_grade, c.capaian, c.not_computable, c.capaian_reported,
       coalesce(prev.realisasi_value, awal.target_low) AS prev_value,
       coalesce(prev.realisasi_grade, CASE WHEN awal.target_low IS NULL THEN awal.target_text END) AS prev_grade,
       akhir.target_text AS end_text, akhir.target_low AS end_low, akhir.target_high AS end_high,
       r.kendala, r.tindak_lanjut,
       f.file_name, r.source_sheet, c.source_row, i.parent_code
FROM capaian_result c
JOIN indicator i ON i.indicator_code = c.indicator_code
JOIN source_file f ON f.file_id = c.file_id
LEFT JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
LEFT JOIN capaian_result prev
       ON prev.indicator_code = c.indicator_code AND prev.unit_code = c.unit_code
      AND prev.year = c.year - 1 AND prev.month = 12
LEFT JOIN renstra_target akhir ON akhir.indicator_code = c.indicator_code AND akhir.kind = 'akhir'
LEFT JOIN renstra_target awal ON awal.indicator_code = c.indicator_code AND awal.kind = 'awal' AND awal.year = c.year - 1
WHERE c.year = $year AND c.month = $month
ORDER BY i.sort_order, c.unit_code;
