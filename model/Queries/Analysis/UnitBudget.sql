-- Each unit's pagu and spending to date in the month, through the sub kegiatan it runs.
SELECT s.unit_code, sum(l.anggaran) AS pagu, sum(l.realisasi_todate) AS realisasi
FROM lra_line l
JOIN sub_kegiatan s ON s.sub_kegiatan_code = l.kode
WHERE l.year = $year AND l.month = $month AND l.level = 'sub_kegiatan'
GROUP BY s.unit_code;
