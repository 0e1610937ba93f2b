-- Early warning on spending: the office's and each unit's spending to date projected to December
-- along the least-squares line through the months so far (one month: its pace times twelve),
-- flagged when the projected absorption falls below the warning threshold.
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
projected AS (
    SELECT t.*,
           CASE WHEN months = 1 THEN quotient(spent * 12, month)
                ELSE CAST(round(intercept + slope * 12, 2) AS DECIMAL(20,2)) END AS projection
    FROM trend t
    WHERE month < 12
)
SELECT p.year AS tahun, p.month AS bulan, p.tingkat, p.unit_code AS kode_unit, u.name AS unit_kerja,
       p.pagu, p.spent AS realisasi_sd_bulan_ini, percent_of(p.spent, p.pagu) AS serapan_persen,
       CASE WHEN p.months = 1 THEN 'laju bulan pertama' ELSE 'tren linear' END AS metode,
       p.projection AS proyeksi_realisasi, percent_of(p.projection, p.pagu) AS proyeksi_serapan_persen,
       percent_of(p.projection, p.pagu) < (SELECT warning_absorption FROM analysis_setting) AS peringatan
FROM projected p
LEFT JOIN unit u ON u.unit_code = p.unit_code
WHERE ($year IS NULL OR p.year = $year) AND ($month IS NULL OR p.month = $month)
  AND ($unit IS NULL OR p.unit_code = $unit)
ORDER BY p.year, p.month, p.tingkat, p.unit_code;
