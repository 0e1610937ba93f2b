-- The sub kegiatan one unit runs (by the reference mapping), with pagu and realisasi to date from
-- the latest LRA of the year up to the month.
WITH latest AS (
    SELECT max(month) AS month FROM lra_line WHERE year = $year AND month <= $month
),
runs AS (
    SELECT DISTINCT sub_kegiatan_code FROM sub_kegiatan WHERE unit_code = $unit
)
SELECT l.kode, l.uraian, l.level, l.anggaran, l.realisasi_todate
FROM lra_line l
JOIN runs r ON r.sub_kegiatan_code = l.kode
WHERE l.year = $year AND l.month = (SELECT month FROM latest) AND l.level = 'sub_kegiatan'
ORDER BY l.line_no;
