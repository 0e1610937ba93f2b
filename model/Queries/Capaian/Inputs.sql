-- Everything needed to compute one capaian per reported indicator line: the PK target in force
-- at the end of the month (a Perubahan from its date on), the Murni target it revises, the
-- rencana aksi target to date and the year end it plans for (its December), the Renstra end
-- target and what the unit itself typed.
WITH report AS (
    SELECT r.*, last_day(make_date(r.year, r.month, 1)) AS month_end
    FROM capaian_report r
),
pk_in_force AS (
    SELECT r.file_id, r.source_row, p.target_text, p.target_low, p.target_high, p.version,
           row_number() OVER (PARTITION BY r.file_id, r.source_row
                              ORDER BY (p.effective_from <= r.month_end) DESC, p.effective_from DESC,
                                       (p.version = 'Perubahan') DESC) AS pick
    FROM report r
    JOIN pk_target p ON p.year = r.year AND p.indicator_code = r.indicator_code
),
pk_murni AS (
    SELECT year, indicator_code, min(target_low) AS target_low
    FROM pk_target WHERE version = 'Murni'
    GROUP BY year, indicator_code
)
SELECT r.indicator_code, r.unit_code, r.year, r.month,
       i.polarity, i.aggregation,
       pk.target_text AS pk_text, pk.target_low AS pk_low, pk.target_high AS pk_high, pk.version AS pk_version,
       m.target_low AS murni_low,
       ra.target_text AS ra_text, ra.target_low AS ra_low, ra.target_high AS ra_high,
       r.target_todate_text AS file_text, r.target_todate_low AS file_low, r.target_todate_high AS file_high,
       r.realisasi_todate, r.realisasi_grade, r.realisasi_text, r.capaian_reported,
       r.file_id, r.source_row,
       akhir.target_text AS end_text, akhir.target_low AS end_low, akhir.target_high AS end_high,
       ra_end.target_low AS ra_year_end
FROM report r
JOIN indicator i ON i.indicator_code = r.indicator_code
LEFT JOIN pk_in_force pk ON pk.file_id = r.file_id AND pk.source_row = r.source_row AND pk.pick = 1
LEFT JOIN pk_murni m ON m.year = r.year AND m.indicator_code = r.indicator_code
LEFT JOIN renstra_target akhir ON akhir.indicator_code = r.indicator_code AND akhir.kind = 'akhir'
LEFT JOIN rencana_aksi ra ON ra.year = r.year AND ra.indicator_code = r.indicator_code AND ra.month = r.month
LEFT JOIN rencana_aksi ra_end ON ra_end.year = r.year AND ra_end.indicator_code = r.indicator_code AND ra_end.month = 12
ORDER BY r.year, r.month, r.unit_code, r.indicator_code;
