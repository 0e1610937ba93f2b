-- One capaian figure with everything behind it: the reported line, the PK and rencana aksi rows
-- it was measured against, and the files those came from.
SELECT c.indicator_code, i.name, i.satuan, i.polarity, i.aggregation, c.unit_code, c.year, c.month,
       c.target_text, c.annual_text, c.target_source, c.realisasi_value, c.realisasi_grade,
       c.capaian, c.not_computable, c.capaian_reported,
       f.file_name, r.source_sheet, c.source_row, f.sha256,
       pk.file_name AS pk_file, pk.source_sheet AS pk_sheet, pk.source_row AS pk_row,
       ra.file_name AS ra_file, ra.source_sheet AS ra_sheet, ra.source_row AS ra_row,
       CASE WHEN c.target_low IS NULL THEN 'predikat'
            WHEN c.target_high <> c.target_low THEN 'rentang'
            ELSE 'angka' END AS target_kind
FROM capaian_result c
JOIN indicator i ON i.indicator_code = c.indicator_code
JOIN source_file f ON f.file_id = c.file_id
LEFT JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
LEFT JOIN (
    SELECT p.year, p.indicator_code, p.version, p.source_sheet, p.source_row, sf.file_name,
           row_number() OVER (PARTITION BY p.year, p.indicator_code, p.version ORDER BY p.effective_from DESC) AS pick
    FROM pk_target p JOIN source_file sf ON sf.file_id = p.file_id
) pk ON pk.year = c.year AND pk.indicator_code = c.indicator_code AND pk.pick = 1
    AND pk.version = CASE WHEN c.target_source = 'Perubahan' THEN 'Perubahan' ELSE 'Murni' END
LEFT JOIN (
    SELECT a.year, a.indicator_code, a.month, a.source_sheet, a.source_row, sf.file_name
    FROM rencana_aksi a JOIN source_file sf ON sf.file_id = a.file_id
) ra ON ra.year = c.year AND ra.indicator_code = c.indicator_code AND ra.month = c.month
WHERE upper(c.indicator_code) = upper($indicator) AND c.year = $year AND c.month = $month
ORDER BY c.unit_code;
