-- The unit benchmark: for each unit and month, the mean capaian as shown, the share of its
-- indicators on track, whether the report came after the deadline day (the report_freshness
-- rule), corrections and rank.
WITH shown AS (
    SELECT c.year, c.month, c.unit_code, shown_capaian(c.capaian) AS capaian
    FROM capaian_result c
    JOIN unit u ON u.unit_code = c.unit_code
    WHERE u.jenis <> 'dinas' AND ($year IS NULL OR c.year = $year) AND ($month IS NULL OR c.month = $month)
),
per_unit AS (
    SELECT year, month, unit_code, count(*) AS indicators, count(capaian) AS computed,
           quotient(sum(capaian), count(capaian)) AS mean,
           count(*) FILTER (WHERE round(capaian, 2) >= 100) AS on_track
    FROM shown
    GROUP BY year, month, unit_code
)
SELECT p.year AS tahun, p.month AS bulan, p.unit_code AS kode_unit, u.name AS unit_kerja,
       p.indicators AS indikator, p.computed AS indikator_dihitung,
       p.mean AS rata_rata_capaian, band_of(p.mean) AS kategori,
       p.on_track AS indikator_sesuai_target, percent_of(p.on_track, p.computed) AS persen_sesuai_target,
       k.status AS status_laporan, k.tanggal_laporan, k.batas_waktu, k.hari_terlambat, k.koreksi,
       rank() OVER (PARTITION BY p.year, p.month ORDER BY p.mean DESC NULLS LAST) AS peringkat
FROM per_unit p
JOIN unit u ON u.unit_code = p.unit_code
LEFT JOIN report_freshness k ON k.kode_unit = p.unit_code AND k.tahun = p.year AND k.bulan = p.month
WHERE $unit IS NULL OR p.unit_code = $unit
ORDER BY p.year, p.month, peringkat, p.unit_code;
