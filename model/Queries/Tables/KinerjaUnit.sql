-- The unit benchmark: for each unit and month, the mean capaian as shown, the share of its
-- indicators on track, whether the report came after the deadline day, corrections and rank.
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
),
submissions AS (
    SELECT unit_code, year, month, min(received_at) AS first_received,
           count(*) FILTER (WHERE status = 'superseded') AS corrections
    FROM source_file
    WHERE kind = 'capaian' AND status IN ('loaded', 'superseded')
    GROUP BY unit_code, year, month
)
SELECT p.year AS tahun, p.month AS bulan, p.unit_code AS kode_unit, u.name AS unit_kerja,
       p.indicators AS indikator, p.computed AS indikator_dihitung,
       p.mean AS rata_rata_capaian, band_of(p.mean) AS kategori,
       p.on_track AS indikator_sesuai_target, percent_of(p.on_track, p.computed) AS persen_sesuai_target,
       CAST(s.first_received AS DATE) AS tanggal_diterima, d.deadline AS batas_waktu,
       CAST(s.first_received AS DATE) > d.deadline AS terlambat, coalesce(s.corrections, 0) AS koreksi,
       rank() OVER (PARTITION BY p.year, p.month ORDER BY p.mean DESC NULLS LAST) AS peringkat
FROM per_unit p
JOIN unit u ON u.unit_code = p.unit_code
LEFT JOIN submissions s ON s.unit_code = p.unit_code AND s.year = p.year AND s.month = p.month
CROSS JOIN LATERAL (
    SELECT CAST(make_date(p.year, p.month, 1) + INTERVAL 1 MONTH
                + to_days((SELECT deadline_day FROM analysis_setting) - 1) AS DATE) AS deadline
) d
WHERE $unit IS NULL OR p.unit_code = $unit
ORDER BY p.year, p.month, peringkat, p.unit_code;
