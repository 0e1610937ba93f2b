-- Pagu, spending in the month and to date, and absorption for every month with an LRA: the
-- office, each unit (through the sub kegiatan it runs), program, kegiatan and sub kegiatan.
WITH runs AS (
    SELECT DISTINCT sub_kegiatan_code, unit_code FROM sub_kegiatan
),
lines AS (
    SELECT l.year, l.month, l.line_no, l.level, l.kode, l.uraian, r.unit_code,
           l.anggaran, l.realisasi_bulan, l.realisasi_todate
    FROM lra_line l
    LEFT JOIN runs r ON r.sub_kegiatan_code = l.kode AND l.level = 'sub_kegiatan'
    WHERE l.level <> 'akun' AND ($year IS NULL OR l.year = $year) AND ($month IS NULL OR l.month = $month)
),
units AS (
    SELECT l.year, l.month, 0 AS line_no, 'unit' AS level, l.unit_code AS kode, u.name AS uraian, l.unit_code,
           sum(l.anggaran) AS anggaran, sum(l.realisasi_bulan) AS realisasi_bulan, sum(l.realisasi_todate) AS realisasi_todate
    FROM lines l
    JOIN unit u ON u.unit_code = l.unit_code
    GROUP BY l.year, l.month, l.unit_code, u.name
),
office AS (
    SELECT year, month, -1 AS line_no, 'dinas' AS level, (SELECT unit_code FROM unit WHERE jenis = 'dinas' LIMIT 1) AS kode,
           'Jumlah seluruh program' AS uraian, NULL AS unit_code,
           sum(anggaran) AS anggaran, sum(realisasi_bulan) AS realisasi_bulan, sum(realisasi_todate) AS realisasi_todate
    FROM lines
    WHERE level = 'program'
    GROUP BY year, month
),
everything AS (
    SELECT * FROM office UNION ALL SELECT * FROM units UNION ALL SELECT * FROM lines
)
SELECT year AS tahun, month AS bulan, level AS tingkat, kode, uraian, unit_code AS kode_unit,
       anggaran AS pagu, realisasi_bulan AS realisasi_bulan_ini, realisasi_todate AS realisasi_sd_bulan_ini,
       anggaran - realisasi_todate AS sisa_anggaran, percent_of(realisasi_todate, anggaran) AS serapan_persen
FROM everything
WHERE $unit IS NULL OR unit_code = $unit
ORDER BY year, month, CASE level WHEN 'dinas' THEN 0 WHEN 'unit' THEN 1 ELSE 2 END, kode_unit, line_no;
