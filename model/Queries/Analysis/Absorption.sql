-- Office-wide pagu and spending to date for each month of the year up to the month, with the
-- cash plan (RAK) from e-Monev where it was reported.
WITH lra AS (
    SELECT month, sum(anggaran) AS pagu, sum(realisasi_todate) AS realisasi
    FROM lra_line WHERE year = $year AND month <= $month AND level = 'program'
    GROUP BY month
),
rak AS (
    SELECT month, sum(rak_todate) AS rak
    FROM emonev_line WHERE year = $year AND month <= $month
    GROUP BY month
)
SELECT lra.month, lra.pagu, lra.realisasi, rak.rak
FROM lra LEFT JOIN rak USING (month)
ORDER BY lra.month;
