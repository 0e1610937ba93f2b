-- The cascade: every IKU with the program and activity indicators under it, each with its
-- capaian for the month (December is the year). At December an indicator whose unit has not
-- reported still shows the PK target in force at year end, so only its result is missing.
WITH RECURSIVE tree AS (
    SELECT indicator_code AS root_code, indicator_code, 0 AS depth, sort_order AS root_order,
           [sort_order] AS path
    FROM indicator WHERE parent_code IS NULL
    UNION ALL
    SELECT t.root_code, i.indicator_code, t.depth + 1, t.root_order, list_append(t.path, i.sort_order)
    FROM tree t
    JOIN indicator i ON i.parent_code = t.indicator_code
),
pk_year_end AS (
    SELECT indicator_code, target_text, target_low, target_high, version
    FROM pk_target
    WHERE year = $year
    QUALIFY row_number() OVER (PARTITION BY indicator_code ORDER BY effective_from DESC) = 1
)
SELECT t.root_code AS kode_iku, t.depth AS tingkat, i.jenis, t.indicator_code AS kode_indikator, i.name AS indikator,
       i.parent_code AS kode_induk, i.unit_code AS kode_unit, $year AS tahun, $month AS bulan,
       coalesce(c.target_low, pk.target_low) AS target,
       CASE WHEN coalesce(c.target_high, pk.target_high) <> coalesce(c.target_low, pk.target_low)
            THEN coalesce(c.target_high, pk.target_high) END AS target_atas,
       CASE WHEN coalesce(c.target_low, pk.target_low) IS NULL THEN coalesce(c.target_text, pk.target_text) END AS target_predikat,
       coalesce(c.target_source, pk.version) AS sumber_target,
       c.realisasi_value AS realisasi, c.realisasi_grade AS realisasi_predikat,
       round(shown_capaian(c.capaian), 2) AS capaian, band_of(shown_capaian(c.capaian)) AS kategori
FROM tree t
JOIN indicator i ON i.indicator_code = t.indicator_code
LEFT JOIN capaian_result c ON c.indicator_code = t.indicator_code AND c.unit_code = i.unit_code
                          AND c.year = $year AND c.month = $month
LEFT JOIN pk_year_end pk ON pk.indicator_code = t.indicator_code AND $month = 12
ORDER BY t.path;
