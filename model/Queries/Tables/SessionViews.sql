-- Freshness: for every month that has arrived, each unit with indicators of its own,
-- whether its capaian file arrived (or arrived and was rejected), when, and whether it came after
-- the deadline day. A report is dated by its signature line when it has one (files loaded in bulk
-- long after they were sent would otherwise all look late), else by the day it was received; a
-- correction keeps the date of the first version. A view, so the freshness, benchmark and findings tables read one rule.
CREATE OR REPLACE TEMP VIEW report_freshness AS
WITH months AS (
    -- A month is due once a unit reported it or its LRA arrived, so a month no unit reported is still
    -- missed rather than left out. The office's own yearly IKU files reach back before the units'
    -- reports were kept and do not make a month due.
    SELECT DISTINCT f.year, f.month
    FROM source_file f
    LEFT JOIN unit u ON u.unit_code = f.unit_code
    WHERE f.status = 'loaded' AND f.month IS NOT NULL
      AND (f.kind = 'lra' OR (f.kind = 'capaian' AND u.jenis <> 'dinas'))
),
reporting_units AS (
    SELECT u.unit_code, u.name
    FROM unit u
    WHERE u.jenis <> 'dinas' AND EXISTS (SELECT 1 FROM indicator i WHERE i.unit_code = u.unit_code)
),
submissions AS (
    SELECT unit_code, year, month,
           min(coalesce(signed_on, CAST(received_at AS DATE))) AS reported_on,
           arg_min(CASE WHEN signed_on IS NULL THEN 'diterima' ELSE 'tanda tangan' END,
                   coalesce(signed_on, CAST(received_at AS DATE))) AS dated_by,
           arg_max(file_name, file_id) FILTER (WHERE status = 'loaded') AS current_file,
           count(*) FILTER (WHERE status = 'superseded') AS corrections
    FROM source_file
    WHERE kind = 'capaian' AND status IN ('loaded', 'superseded')
    GROUP BY unit_code, year, month
),
rejected AS (
    SELECT unit_code, year, month, arg_max(file_name, file_id) AS rejected_file
    FROM source_file
    WHERE kind = 'capaian' AND status = 'rejected' AND superseded_by IS NULL AND unit_code IS NOT NULL
    GROUP BY unit_code, year, month
),
expected AS (
    SELECT m.year, m.month, r.unit_code, r.name,
           CAST(make_date(m.year, m.month, 1) + INTERVAL 1 MONTH
                + to_days((SELECT deadline_day FROM analysis_setting) - 1) AS DATE) AS deadline
    FROM months m CROSS JOIN reporting_units r
)
SELECT e.year AS tahun, e.month AS bulan, e.unit_code AS kode_unit, e.name AS unit_kerja,
       CASE WHEN s.reported_on IS NULL AND x.rejected_file IS NOT NULL THEN 'ditolak'
            WHEN s.reported_on IS NULL THEN 'belum diterima'
            WHEN s.reported_on > e.deadline THEN 'terlambat'
            ELSE 'tepat waktu' END AS status,
       s.reported_on AS tanggal_laporan, s.dated_by AS dasar_tanggal, e.deadline AS batas_waktu,
       greatest(date_diff('day', e.deadline, s.reported_on), 0) AS hari_terlambat,
       coalesce(s.current_file, x.rejected_file) AS berkas, coalesce(s.corrections, 0) AS koreksi
FROM expected e
LEFT JOIN submissions s ON s.unit_code = e.unit_code AND s.year = e.year AND s.month = e.month
LEFT JOIN rejected x ON x.unit_code = e.unit_code AND x.year = e.year AND x.month = e.month;
