-- Each indicator's series from the Renstra baseline: for every year the Renstra target, the PK
-- target in force at year end, the December realisasi and its capaian. A range target keeps its
-- lower bound in the target column and its upper bound in the _atas column beside it.
WITH years AS (
    SELECT i.indicator_code, y.year
    FROM indicator i
    CROSS JOIN range((SELECT min(year) FROM renstra_target WHERE kind = 'awal'),
                     (SELECT max(year) + 1 FROM renstra_target)) AS y(year)
),
pk_final AS (
    SELECT year, indicator_code, target_low, target_high, target_text, version,
           row_number() OVER (PARTITION BY year, indicator_code ORDER BY effective_from DESC) AS pick
    FROM pk_target
)
SELECT y.indicator_code AS kode_indikator, i.name AS indikator, i.jenis, i.satuan, y.year AS tahun,
       awal.target_low AS kondisi_awal, CASE WHEN awal.target_low IS NULL THEN awal.target_text END AS kondisi_awal_predikat,
       rt.target_low AS target_renstra, nullif(rt.target_high, rt.target_low) AS target_renstra_atas,
       CASE WHEN rt.target_low IS NULL THEN rt.target_text END AS target_renstra_predikat,
       pk.target_low AS target_pk, nullif(pk.target_high, pk.target_low) AS target_pk_atas,
       CASE WHEN pk.target_low IS NULL THEN pk.target_text END AS target_pk_predikat,
       pk.version AS versi_pk,
       c.realisasi_value AS realisasi, c.realisasi_grade AS realisasi_predikat,
       round(shown_capaian(c.capaian), 2) AS capaian, band_of(shown_capaian(c.capaian)) AS kategori
FROM years y
JOIN indicator i ON i.indicator_code = y.indicator_code
LEFT JOIN renstra_target awal ON awal.indicator_code = y.indicator_code AND awal.kind = 'awal' AND awal.year = y.year
LEFT JOIN renstra_target rt ON rt.indicator_code = y.indicator_code AND rt.kind = 'tahunan' AND rt.year = y.year
LEFT JOIN pk_final pk ON pk.indicator_code = y.indicator_code AND pk.year = y.year AND pk.pick = 1
LEFT JOIN capaian_result c ON c.indicator_code = y.indicator_code AND c.unit_code = i.unit_code
                          AND c.year = y.year AND c.month = 12
WHERE ($year IS NULL OR y.year <= $year)
ORDER BY i.sort_order, y.year;
