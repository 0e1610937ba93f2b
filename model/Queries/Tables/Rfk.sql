-- Each sub kegiatan's month from e-Monev: spending against pagu and against the cash plan (RAK),
-- physical against financial progress, and the LRA's spending for the same month beside it.
WITH runs AS (
    SELECT DISTINCT sub_kegiatan_code, unit_code FROM sub_kegiatan
)
SELECT e.year AS tahun, e.month AS bulan, e.sub_kegiatan_code AS kode_sub_kegiatan, e.name AS sub_kegiatan,
       r.unit_code AS kode_unit, e.pagu, e.rak_todate AS rak_sd_bulan_ini,
       e.realisasi_keuangan, percent_of(e.realisasi_keuangan, e.pagu) AS serapan_persen,
       percent_of(e.realisasi_keuangan, e.rak_todate) AS serapan_terhadap_rak_persen,
       e.target_fisik, e.realisasi_fisik, e.realisasi_fisik - e.target_fisik AS deviasi_fisik,
       e.realisasi_fisik - percent_of(e.realisasi_keuangan, e.pagu) AS selisih_fisik_keuangan,
       l.realisasi_todate AS realisasi_lra, e.realisasi_keuangan - l.realisasi_todate AS selisih_dengan_lra
FROM emonev_line e
LEFT JOIN runs r ON r.sub_kegiatan_code = e.sub_kegiatan_code
LEFT JOIN lra_line l ON l.year = e.year AND l.month = e.month AND l.kode = e.sub_kegiatan_code AND l.level = 'sub_kegiatan'
WHERE ($year IS NULL OR e.year = $year) AND ($month IS NULL OR e.month = $month)
  AND ($unit IS NULL OR r.unit_code = $unit)
ORDER BY e.year, e.month, e.sub_kegiatan_code;
