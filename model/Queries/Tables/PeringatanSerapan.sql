-- Early warning on spending: the office's and each unit's spending to date projected to December,
-- flagged when the projected absorption falls below the warning threshold. Spending in the
-- regions bunches up at year end, so where last year's LRA of the same month and of December are
-- loaded the projection follows last year's pattern (spent to date x last December / last year to
-- date); otherwise the least-squares line through the months so far (one month: its pace x 12).
WITH runs AS (
    SELECT DISTINCT sub_kegiatan_code, unit_code FROM sub_kegiatan
),
spending AS (
    SELECT l.year, l.month, 'dinas' AS tingkat, (SELECT unit_code FROM unit WHERE jenis = 'dinas' LIMIT 1) AS unit_code,
           sum(l.anggaran) AS pagu, sum(l.realisasi_todate) AS spent
    FROM lra_line l WHERE l.level = 'program'
    GROUP BY l.year, l.month
    UNION ALL
    SELECT l.year, l.month, 'unit', r.unit_code, sum(l.anggaran), sum(l.realisasi_todate)
    FROM lra_line l JOIN runs r ON r.sub_kegiatan_code = l.kode
    WHERE l.level = 'sub_kegiatan'
    GROUP BY l.year, l.month, r.unit_code
),
trend AS (
    SELECT s.*,
           regr_slope(CAST(spent AS DOUBLE), month) OVER w AS slope,
           regr_intercept(CAST(spent AS DOUBLE), month) OVER w AS intercept,
           count(*) OVER w AS months
    FROM spending s
    WINDOW w AS (PARTITION BY year, tingkat, unit_code ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
),
last_year AS (
    SELECT year + 1 AS year, month, tingkat, unit_code, spent AS spent_then,
           max(CASE WHEN month = 12 THEN spent END) OVER (PARTITION BY year, tingkat, unit_code) AS year_end_then
    FROM spending
),
projected AS (
    SELECT t.*, coalesce(ly.spent_then > 0 AND ly.year_end_then IS NOT NULL, false) AS seasonal,
           CASE WHEN ly.spent_then > 0 AND ly.year_end_then IS NOT NULL
                    THEN CAST(round(t.spent * ly.year_end_then / ly.spent_then, 2) AS DECIMAL(20,2))
                WHEN t.months = 1 THEN quotient(t.spent * 12, t.month)
                ELSE CAST(round(t.intercept + t.slope * 12, 2) AS DECIMAL(20,2)) END AS projection
    FROM trend t
    LEFT JOIN last_year ly
           ON ly.year = t.year AND ly.month = t.month AND ly.tingkat = t.tingkat AND ly.unit_code = t.unit_code
    WHERE t.month < 12
)
SELECT p.year AS tahun, p.month AS bulan, p.tingkat, p.unit_code AS kode_unit, u.name AS unit_kerja,
       p.pagu, p.spent AS realisasi_sd_bulan_ini, percent_of(p.spent, p.pagu) AS serapan_persen,
       CASE WHEN p.seasonal THEN 'pola tahun lalu'
            WHEN p.months = 1 THEN 'laju bulan pertama'
            ELSE 'tren linear' END AS metode,
       p.projection AS proyeksi_realisasi, percent_of(p.projection, p.pagu) AS proyeksi_serapan_persen,
       percent_of(p.projection, p.pagu) < (SELECT warning_absorption FROM analysis_setting) AS peringatan
FROM projected p
LEFT JOIN unit u ON u.unit_code = p.unit_code
WHERE ($year IS NULL OR p.year = $year) AND ($month IS NULL OR p.month = $month)
  AND ($unit IS NULL OR p.unit_code = $unit)
ORDER BY p.year, p.month, p.tingkat, p.unit_code;
