-- Each indicator's realisasi beside the comparators in the reference workbook (RPJMD target,
-- standar pelayanan minimal, peer offices) for the same year.
SELECT p.year AS tahun, p.indicator_code AS kode_indikator, i.name AS indikator, i.satuan, i.polarity AS polaritas,
       p.jenis AS jenis_pembanding, p.name AS pembanding, p.value AS nilai_pembanding,
       CASE WHEN p.value IS NULL THEN p.value_text END AS nilai_pembanding_teks, p.sumber,
       c.realisasi_value AS realisasi, c.realisasi_value - p.value AS selisih,
       at_least_as_good(i.polarity, c.realisasi_value, p.value) AS setara_atau_lebih_baik
FROM comparator p
JOIN indicator i ON i.indicator_code = p.indicator_code
LEFT JOIN capaian_result c ON c.indicator_code = p.indicator_code AND c.unit_code = i.unit_code
                          AND c.year = p.year AND c.month = 12
WHERE ($year IS NULL OR p.year = $year)
ORDER BY p.year, i.sort_order, p.jenis, p.name;
