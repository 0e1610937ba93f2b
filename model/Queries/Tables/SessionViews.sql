-- Freshness: for every month in which any unit reported, each unit with indicators of its own,
-- whether its capaian file arrived, when, and whether it came after the deadline day.
-- A view, so the freshness table and the findings list read the same rule.
CREATE OR REPLACE TEMP VIEW report_freshness AS
WITH months AS (
    SELECT DISTINCT f.year, f.month
    FROM source_file f
    JOIN unit u ON u.unit_code = f.unit_code
    WHERE f.kind = 'capaian' AND f.status = 'loaded' AND u.jenis <> 'dinas'
),
reporting_units AS (
    SELECT u.unit_code, u.name
    FROM unit u
    WHERE u.jenis <> 'dinas' AND EXISTS (SELECT 1 FROM indicator i WHERE i.unit_code = u.unit_code)
),
submissions AS (
    SELECT unit_code, year, month, min(received_at) AS first_received,
           arg_max(file_name, file_id) FILTER (WHERE status = 'loaded') AS current_file,
           count(*) FILTER (WHERE status = 'superseded') AS corrections
    FROM source_file
    WHERE kind = 'capaian' AND status IN ('loaded', 'superseded')
    GROUP BY unit_code, year, month
),
expected AS (
    SELECT m.year, m.month, r.unit_code, r.name,
           CAST(make_date(m.year, m.month, 1) + INTERVAL 1 MONTH
                + to_days((SELECT deadline_day FROM analysis_setting) - 1) AS DATE) AS deadline
    FROM months m CROSS JOIN reporting_units r
)
SELECT e.year AS tahun, e.month AS bulan, e.unit_code AS kode_unit, e.name AS unit_kerja,
       CASE WHEN s.first_received IS NULL THEN 'belum diterima'
            WHEN CAST(s.first_received AS DATE) > e.deadline THEN 'terlambat'
            ELSE 'tepat waktu' END AS status,
       CAST(s.first_received AS DATE) AS tanggal_diterima, e.deadline AS batas_waktu,
       greatest(date_diff('day', e.deadline, CAST(s.first_received AS DATE)), 0) AS hari_terlambat,
       s.current_file AS berkas, coalesce(s.corrections, 0) AS koreksi
FROM expected e
LEFT JOIN submissions s ON s.unit_code = e.unit_code AND s.year = e.year AND s.month = e.month;
