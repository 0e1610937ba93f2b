-- Every data-quality finding over the store as one list: what reading the files found (against
-- the files now in force), rejected files not yet replaced, corrections, late and missing unit
-- reports, indicator lines a unit left out, unit targets that differ from the reference, indicators
-- measured without a PK target, capaian that could not be computed, e-Monev pagu against the LRA,
-- LRA sub kegiatan the mapping lacks, physical progress outside 0-100 or going down, a unit's
-- budget-absorption indicator against the LRA, a report identical to the month before, and months
-- one budget source has and the other lacks. Checks across sources run here rather than at load
-- time because either side, or the reference, may arrive later.
WITH file_findings AS (
    SELECT CASE WHEN f.status = 'rejected' THEN 'berkas ditolak' ELSE 'peringatan berkas' END AS jenis,
           f.kind, f.unit_code, f.year, f.month, f.file_name, l.sheet, l.row_number, l.column_name,
           l.found, l.expected, l.message
    FROM load_finding l
    JOIN source_file f ON f.file_id = l.file_id
    WHERE f.status = 'loaded' OR (f.status = 'rejected' AND f.superseded_by IS NULL)
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
                WHEN k.status = 'ditolak'
                THEN k.unit_kerja || ' mengirim laporan, tetapi berkasnya ditolak; laporan yang dapat dimuat belum diterima.'
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
target_differs AS (
    SELECT 'target berbeda dengan referensi', 'capaian', c.unit_code, c.year, c.month, f.file_name, r.source_sheet,
           c.source_row, 'Target s.d. Bulan Ini',
           id_target(r.target_todate_low, r.target_todate_high, r.target_todate_text),
           id_target(c.target_low, c.target_high, c.target_text) || ' (PK ' || c.target_source || ' dan rencana aksi)',
           c.indicator_code || ': target di laporan unit berbeda dengan referensi; capaian dihitung dengan target referensi.'
    FROM capaian_result c
    JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
    JOIN source_file f ON f.file_id = c.file_id
    WHERE c.target_source IN ('Murni', 'Perubahan')
      AND (abs(r.target_todate_low - c.target_low) >= 0.005 OR abs(r.target_todate_high - c.target_high) >= 0.005
           OR (r.target_todate_low IS NULL AND c.target_low IS NULL AND upper(trim(r.target_todate_text)) <> c.target_text))
),
-- One finding a year per indicator measured without a PK target, at the latest month it was.
target_without_pk AS (
    SELECT 'target tanpa PK', 'referensi', c.unit_code, c.year, c.month, f.file_name, r.source_sheet, c.source_row,
           'Target s.d. Bulan Ini', id_target(c.target_low, c.target_high, c.target_text),
           'target ' || c.indicator_code || ' di sheet Perjanjian Kinerja referensi tahun ' || c.year,
           c.indicator_code || ': Perjanjian Kinerja di referensi tidak memuat target tahun ini; capaian dihitung '
           || 'dengan target dari laporan unit.'
    FROM capaian_result c
    JOIN source_file f ON f.file_id = c.file_id
    LEFT JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
    WHERE c.target_source NOT IN ('Murni', 'Perubahan')
    QUALIFY row_number() OVER (PARTITION BY c.indicator_code, c.unit_code, c.year ORDER BY c.month DESC) = 1
),
lines_missing AS (
    SELECT 'indikator tidak dilaporkan', 'capaian', f.unit_code, f.year, f.month, f.file_name, NULL, NULL, 'Kode Indikator',
           NULL, i.indicator_code, 'Laporan ' || u.name || ' tidak memuat indikator ' || i.indicator_code || ' yang ada di PK-nya.'
    FROM source_file f
    JOIN unit u ON u.unit_code = f.unit_code
    JOIN indicator i ON i.unit_code = f.unit_code AND (i.aggregation <> 'tahunan' OR f.month = 12)
    WHERE f.kind = 'capaian' AND f.status = 'loaded'
      AND EXISTS (SELECT 1 FROM pk_target p WHERE p.year = f.year AND p.indicator_code = i.indicator_code)
      AND NOT EXISTS (SELECT 1 FROM capaian_report r WHERE r.file_id = f.file_id AND r.indicator_code = i.indicator_code)
),
pagu_differs AS (
    SELECT 'pagu e-Monev berbeda dengan LRA', 'emonev', NULL, e.year, e.month, f.file_name, e.source_sheet, e.source_row,
           'Pagu Anggaran (Rp)', id_number(e.pagu),
           id_number(l.anggaran) || ' seperti di ' || lf.file_name || ' baris ' || l.source_row,
           'Pagu sub kegiatan ' || e.sub_kegiatan_code || ' di e-Monev berbeda dengan anggarannya di LRA bulan yang sama.'
    FROM emonev_line e
    JOIN source_file f ON f.file_id = e.file_id
    JOIN lra_line l ON l.year = e.year AND l.month = e.month AND l.kode = e.sub_kegiatan_code AND l.level = 'sub_kegiatan'
    JOIN source_file lf ON lf.file_id = l.file_id
    WHERE e.pagu <> l.anggaran
),
-- An unmapped code is one finding a year, at the latest month it was spent in; with no mapping at
-- all the reference lacks its sheet, and that is one finding rather than one per code and month.
lra_unmapped_lines AS (
    SELECT l.year, l.month, l.kode, f.file_name, l.source_row,
           count(*) OVER (PARTITION BY l.year, l.kode) AS months,
           row_number() OVER (PARTITION BY l.year, l.kode ORDER BY l.month DESC) AS latest
    FROM lra_line l
    JOIN source_file f ON f.file_id = l.file_id
    WHERE l.level = 'sub_kegiatan' AND NOT EXISTS (SELECT 1 FROM sub_kegiatan s WHERE s.sub_kegiatan_code = l.kode)
),
lra_unmapped AS (
    SELECT 'sub kegiatan tanpa pemetaan', 'lra', NULL, year, month, file_name, NULL, source_row, 'Kode Rekening',
           kode, 'kode dari sheet Sub Kegiatan referensi',
           'Sub kegiatan ' || kode || ' ada di LRA (' || months || ' bulan tahun ini) tetapi tidak ada di pemetaan '
           || 'Sub Kegiatan, sehingga belanjanya tidak terhubung ke unit maupun indikator.'
    FROM lra_unmapped_lines
    WHERE latest = 1 AND EXISTS (SELECT 1 FROM sub_kegiatan)
),
mapping_missing AS (
    SELECT 'sub kegiatan tanpa pemetaan', 'referensi', NULL, year, max(month), max_by(file_name, month), NULL, NULL, NULL,
           count(*) || ' kode sub kegiatan', 'sheet Sub Kegiatan di workbook referensi',
           'Workbook referensi tidak memuat pemetaan Sub Kegiatan, sehingga belanja ' || count(*)
           || ' sub kegiatan di LRA tidak terhubung ke unit maupun indikator; efisiensi dan anggaran kaskade '
           || 'tidak dapat dihitung.'
    FROM lra_unmapped_lines
    WHERE latest = 1 AND NOT EXISTS (SELECT 1 FROM sub_kegiatan)
    GROUP BY year
),
fisik_impossible AS (
    SELECT 'realisasi fisik tidak wajar', 'emonev', NULL, e.year, e.month, f.file_name, e.source_sheet, e.source_row,
           'Realisasi Fisik (%)', id_number(e.realisasi_fisik), 'antara 0 dan 100',
           'Realisasi fisik sub kegiatan ' || e.sub_kegiatan_code || ' di luar 0-100%.'
    FROM emonev_line e
    JOIN source_file f ON f.file_id = e.file_id
    WHERE e.realisasi_fisik < 0 OR e.realisasi_fisik > 100
),
fisik_down AS (
    SELECT 'realisasi fisik menurun', 'emonev', NULL, e.year, e.month, f.file_name, e.source_sheet, e.source_row,
           'Realisasi Fisik (%)', id_number(e.realisasi_fisik),
           'paling sedikit ' || id_number(p.realisasi_fisik)
           || ' seperti bulan sebelumnya (' || pf.file_name || ' baris ' || p.source_row || ')',
           'Realisasi fisik sub kegiatan ' || e.sub_kegiatan_code || ' s.d. bulan ini lebih kecil daripada bulan sebelumnya.'
    FROM emonev_line e
    JOIN source_file f ON f.file_id = e.file_id
    JOIN emonev_line p ON p.year = e.year AND p.month = e.month - 1 AND p.sub_kegiatan_code = e.sub_kegiatan_code
    JOIN source_file pf ON pf.file_id = p.file_id
    WHERE e.realisasi_fisik < p.realisasi_fisik
),
office_absorption AS (
    SELECT l.year, l.month, sum(l.realisasi_todate) AS spent, sum(l.anggaran) AS pagu, any_value(f.file_name) AS file_name
    FROM lra_line l JOIN source_file f ON f.file_id = l.file_id
    WHERE l.level = 'program'
    GROUP BY l.year, l.month
),
absorption_differs AS (
    SELECT 'serapan berbeda dengan LRA', 'capaian', c.unit_code, c.year, c.month, f.file_name, r.source_sheet, c.source_row,
           'Realisasi s.d. Bulan Ini', id_number(c.realisasi_value),
           id_number(percent_of(a.spent, a.pagu)) || ' menurut ' || a.file_name,
           c.indicator_code || ' mengukur realisasi anggaran, tetapi nilai akhir tahunnya berbeda dengan serapan '
           || 'seluruh program di LRA Desember.'
    FROM capaian_result c
    JOIN indicator i ON i.indicator_code = c.indicator_code
    JOIN office_absorption a ON a.year = c.year AND a.month = c.month
    JOIN source_file f ON f.file_id = c.file_id
    LEFT JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
    -- Year end only: during the year units measure such an indicator against their own cash plan
    -- or cut-off, so monthly figures need not equal the LRA; the December figure the LKjIP prints must.
    WHERE c.month = 12 AND i.satuan = '%' AND regexp_matches(lower(i.name), '(realisasi|serapan) anggaran')
      AND abs(c.realisasi_value - percent_of(a.spent, a.pagu)) > 0.01
),
report_pairs AS (
    SELECT f.file_id, f.unit_code, f.year, f.month, f.file_name, pf.file_id AS previous_id, pf.file_name AS previous_name
    FROM source_file f
    JOIN source_file pf ON pf.kind = 'capaian' AND pf.status = 'loaded' AND pf.unit_code = f.unit_code
                       AND pf.year = f.year AND pf.month = f.month - 1
    WHERE f.kind = 'capaian' AND f.status = 'loaded'
),
repeated_reports AS (
    SELECT 'laporan sama dengan bulan lalu', 'capaian', p.unit_code, p.year, p.month, p.file_name, NULL, NULL, NULL,
           NULL, NULL,
           'Semua realisasi di laporan ini sama persis dengan laporan ' || any_value(p.previous_name)
           || '; periksa apakah laporan bulan lalu tersalin.'
    FROM report_pairs p
    JOIN capaian_report r ON r.file_id = p.file_id
    LEFT JOIN capaian_report q ON q.file_id = p.previous_id AND q.indicator_code = r.indicator_code
    GROUP BY p.file_id, p.unit_code, p.year, p.month, p.file_name
    HAVING bool_and(q.indicator_code IS NOT NULL AND r.realisasi_todate IS NOT DISTINCT FROM q.realisasi_todate
                    AND r.realisasi_month IS NOT DISTINCT FROM q.realisasi_month
                    AND r.realisasi_grade IS NOT DISTINCT FROM q.realisasi_grade)
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
      UNION ALL SELECT * FROM target_differs
      UNION ALL SELECT * FROM target_without_pk
      UNION ALL SELECT * FROM lines_missing
      UNION ALL SELECT * FROM pagu_differs
      UNION ALL SELECT * FROM lra_unmapped
      UNION ALL SELECT * FROM mapping_missing
      UNION ALL SELECT * FROM fisik_impossible
      UNION ALL SELECT * FROM fisik_down
      UNION ALL SELECT * FROM absorption_differs
      UNION ALL SELECT * FROM repeated_reports
      UNION ALL SELECT * FROM unmatched_budget) AS everything
WHERE ($year IS NULL OR year = $year) AND ($month IS NULL OR month = $month)
  AND ($unit IS NULL OR unit_code = $unit)
ORDER BY jenis, year, month, file_name, row_number;
