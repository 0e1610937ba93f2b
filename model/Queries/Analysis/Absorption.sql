-- Office-wide pagu and spending to date for each month of the year up to the month, with the
-- cash plan (RAK) from e-Monev where it was reported, and the files each month's figures come from.
WITH lra AS (
    SELECT l.month, sum(l.anggaran) AS pagu, sum(l.realisasi_todate) AS realisasi,
           string_agg(DISTINCT f.file_name, ', ') AS lra_file
    FROM lra_line l JOIN source_file f ON f.file_id = l.file_id
    WHERE l.year = $year AND l.month <= $month AND l.level = 'program'
    GROUP BY l.month
),
rak AS (
    SELECT e.month, sum(e.rak_todate) AS rak, string_agg(DISTINCT f.file_name, ', ') AS rak_file
    FROM emonev_line e JOIN source_file f ON f.file_id = e.file_id
    WHERE e.year = $year AND e.month <= $month
    GROUP BY e.month
)
SELECT lra.month, lra.pagu, lra.realisasi, rak.rak, lra.lra_file, rak.rak_file
FROM lra LEFT JOIN rak USING (month)
ORDER BY lra.month;
