-- Programs and kegiatan with pagu and realisasi to date from the latest LRA of the year up to the month.
WITH latest AS (
    SELECT max(month) AS month FROM lra_line WHERE year = $year AND month <= $month
)
SELECT kode, uraian, level, anggaran, realisasi_todate
FROM lra_line
WHERE year = $year AND month = (SELECT month FROM latest) AND level IN ('program', 'kegiatan')
ORDER BY line_no;
