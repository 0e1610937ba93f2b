-- Office-wide physical and financial progress from e-Monev for each month of the year up to the
-- month: physical progress as the pagu-weighted mean of the sub kegiatan, financial as spending
-- over pagu, both in percent, with the file they come from and the sums the financial share divides.
SELECT e.month,
       sum(e.pagu * e.realisasi_fisik) FILTER (WHERE e.realisasi_fisik IS NOT NULL)
           / nullif(sum(e.pagu) FILTER (WHERE e.realisasi_fisik IS NOT NULL), 0) AS fisik,
       sum(e.realisasi_keuangan) * 100 / nullif(sum(e.pagu), 0) AS keuangan,
       string_agg(DISTINCT f.file_name, ', ') AS file_name,
       sum(e.pagu) AS pagu, sum(e.realisasi_keuangan) AS keuangan_rp
FROM emonev_line e
JOIN source_file f ON f.file_id = e.file_id
WHERE e.year = $year AND e.month <= $month
GROUP BY e.month
ORDER BY e.month;
