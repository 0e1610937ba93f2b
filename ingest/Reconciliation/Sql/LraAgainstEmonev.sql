-- LRA sub kegiatan spending of the file being loaded that differs from the loaded e-Monev of the same month.
SELECT NULL AS source_sheet, l.source_row, l.kode, l.realisasi_todate,
       e.realisasi_keuangan, f.file_name, e.source_row
FROM lra_line l
JOIN emonev_line e
  ON e.year = l.year AND e.month = l.month AND e.sub_kegiatan_code = l.kode
JOIN source_file f ON f.file_id = e.file_id AND f.status = 'loaded'
WHERE l.file_id = $file_id AND l.level = 'sub_kegiatan' AND l.realisasi_todate <> e.realisasi_keuangan
ORDER BY l.source_row;
