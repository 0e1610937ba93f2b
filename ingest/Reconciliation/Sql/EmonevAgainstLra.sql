-- e-Monev spending of the file being loaded that differs from the loaded LRA of the same month.
SELECT e.source_sheet, e.source_row, e.sub_kegiatan_code, e.realisasi_keuangan,
       l.realisasi_todate, f.file_name, l.source_row
FROM emonev_line e
JOIN lra_line l
  ON l.year = e.year AND l.month = e.month AND l.kode = e.sub_kegiatan_code AND l.level = 'sub_kegiatan'
JOIN source_file f ON f.file_id = l.file_id AND f.status = 'loaded'
WHERE e.file_id = $file_id AND e.realisasi_keuangan <> l.realisasi_todate
ORDER BY e.source_row;
