-- Every data-quality finding over the store as one list: what reading the files found (against
-- the files now in force), rejected files, corrections, late and missing unit reports, capaian
-- that could not be computed, and months one budget source has and the other lacks.
WITH file_findings AS (
    SELECT CASE WHEN f.status = 'rejected' THEN 'berkas ditolak' ELSE 'peringatan berkas' END AS jenis,
           f.kind, f.unit_code, f.year, f.month, f.file_name, l.sheet, l.row_number, l.column_name,
           l.found, l.expected, l.message
    FROM load_finding l
    JOIN source_file f ON f.file_id = l.file_id
    WHERE f.status IN ('loaded', 'rejected')
),
corrections AS (
    SELECT 'koreksi', old.kind, old.unit_code, old.year, old.month, old.file_name, NULL, NULL, NULL,
           NULL, NULL, 'Digantikan oleh ' || new.file_name || ' (berkas lama tetap tersimpan).'
    FROM source_file old
    JOIN source_file new ON new.file_id = old.superseded_by
    WHERE old.status = 'superseded'
),
freshness AS (
    SELECT CASE WHEN k.status = 'terlambat' THEN 'laporan terlambat' ELSE 'laporan belum diterima' END,
           'capaian', k.kode_unit, k.tahun, k.bulan, k.berkas, NULL, NULL, NULL,
           strftime(k.tanggal_laporan, '%d/%m/%Y') || ' (' || k.dasar_tanggal || ')',
           'paling lambat ' || strftime(k.batas_waktu, '%d/%m/%Y'),
           CASE WHEN k.status = 'terlambat'
                THEN k.unit_kerja || ' mengirim laporan ' || k.hari_terlambat || ' hari setelah batas waktu.'
                ELSE k.unit_kerja || ' belum mengirim laporan capaian bulan ini.' END
    FROM report_freshness k
    WHERE k.status <> 'tepat waktu'
),
not_computable AS (
    SELECT 'capaian tidak dapat dihitung', 'capaian', c.unit_code, c.year, c.month, f.file_name, r.source_sheet,
           c.source_row, 'Capaian (%)', NULL, NULL,
           c.indicator_code || ': ' || c.not_computable || '.'
    FROM capaian_result c
    JOIN source_file f ON f.file_id = c.file_id
    LEFT JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
    WHERE c.not_computable IS NOT NULL
),
budget_months AS (
    SELECT year, month, bool_or(source = 'lra') AS has_lra, bool_or(source = 'emonev') AS has_emonev
    FROM (SELECT DISTINCT year, month, 'lra' AS source FROM lra_line
          UNION ALL SELECT DISTINCT year, month, 'emonev' FROM emonev_line)
    GROUP BY year, month
),
unmatched_budget AS (
    SELECT 'sumber anggaran tidak lengkap', CASE WHEN has_lra THEN 'emonev' ELSE 'lra' END, NULL, year, month, NULL,
           NULL, NULL, NULL, NULL, NULL,
           CASE WHEN has_lra THEN 'Ada LRA tetapi tidak ada RFK e-Monev untuk bulan ini, sehingga keduanya tidak dapat dicocokkan.'
                ELSE 'Ada RFK e-Monev tetapi tidak ada LRA untuk bulan ini, sehingga keduanya tidak dapat dicocokkan.' END
    FROM budget_months
    WHERE NOT (has_lra AND has_emonev)
)
SELECT jenis, kind AS jenis_berkas, unit_code AS kode_unit, year AS tahun, month AS bulan, file_name AS berkas,
       sheet AS lembar, row_number AS baris, column_name AS kolom, found AS ditemukan, expected AS seharusnya,
       message AS keterangan
FROM (SELECT * FROM file_findings
      UNION ALL SELECT * FROM corrections
      UNION ALL SELECT * FROM freshness
      UNION ALL SELECT * FROM not_computable
      UNION ALL SELECT * FROM unmatched_budget) AS everything
WHERE ($year IS NULL OR year = $year) AND ($month IS NULL OR month = $month)
  AND ($unit IS NULL OR unit_code = $unit)
ORDER BY jenis, year, month, file_name, row_number;
