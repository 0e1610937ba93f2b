-- Each indicator's year-end target and realisasi from the Renstra baseline to the report year: the PK
-- target in force at year end (the Renstra target where there is no PK) and the December result.
WITH years AS (
    SELECT i.indicator_code, y.year
    FROM indicator i
    CROSS JOIN range((SELECT min(year) + 1 FROM renstra_target WHERE kind = 'awal'), $year + 1) AS y(year)
),
pk_final AS (
    SELECT year, indicator_code, target_text, target_low, target_high,
           row_number() OVER (PARTITION BY year, indicator_code ORDER BY effective_from DESC) AS pick
    FROM pk_target
)
SELECT y.indicator_code, y.year,
       coalesce(pk.target_text, rt.target_text) AS target_text,
       coalesce(pk.target_low, rt.target_low) AS target_low,
       coalesce(pk.target_high, rt.target_high) AS target_high,
       c.realisasi_value, c.realisasi_grade
FROM years y
LEFT JOIN pk_final pk ON pk.year = y.year AND pk.indicator_code = y.indicator_code AND pk.pick = 1
LEFT JOIN renstra_target rt ON rt.year = y.year AND rt.indicator_code = y.indicator_code AND rt.kind = 'tahunan'
LEFT JOIN indicator i ON i.indicator_code = y.indicator_code
LEFT JOIN capaian_result c ON c.indicator_code = y.indicator_code AND c.unit_code = i.unit_code
                          AND c.year = y.year AND c.month = 12
ORDER BY y.indicator_code, y.year;
