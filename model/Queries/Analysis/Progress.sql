-- Office-wide physical and financial progress from e-Monev for each month of the year up to the
-- month: physical progress as the pagu-weighted mean of the sub kegiatan, financial as spending
-- over pagu, both in percent.
SELECT month,
       sum(pagu * realisasi_fisik) FILTER (WHERE realisasi_fisik IS NOT NULL)
           / nullif(sum(pagu) FILTER (WHERE realisasi_fisik IS NOT NULL), 0) AS fisik,
       sum(realisasi_keuangan) * 100 / nullif(sum(pagu), 0) AS keuangan
FROM emonev_line
WHERE year = $year AND month <= $month
GROUP BY month
ORDER BY month;
