namespace SakipAnalytics.Model.Tests.Fixtures;

/// <summary>The inserts behind <see cref="FactStore"/>; reference rows all point at file 1.</summary>
internal static class FactSql
{
    public const string Unit = """
        INSERT INTO unit VALUES ($unit_code, $name, $jenis, NULL, 1, 'Unit Kerja', 2)
        """;

    public const string Indicator = """
        INSERT INTO indicator
        SELECT $indicator_code, 'Indikator ' || $indicator_code, 'orang', $polarity, $aggregation, $jenis,
               $unit_code, $sasaran_code, 'Sasaran ' || $sasaran_code, $parent_code,
               (SELECT count(*) FROM indicator), 1, 'Indikator', 2
        """;

    public const string Pk = """
        INSERT INTO pk_target VALUES ($year, $indicator_code, $target_text, $target_low, $target_high,
                                      $version, $effective_from, $pagu, 1, 'Perjanjian Kinerja', 2)
        """;

    public const string RencanaAksi = """
        INSERT INTO rencana_aksi VALUES ($year, $indicator_code, $month, $target_text, $target, $target, 1, 'Rencana Aksi', 2)
        """;

    public const string Renstra = """
        INSERT INTO renstra_target VALUES ($indicator_code, $year, $kind, $target_text, $target, $target, 1, 'Target Renstra', 2)
        """;

    public const string File = """
        INSERT INTO source_file (file_id, file_name, path, sha256, kind, unit_code, year, month, received_at, status)
        VALUES ($file_id, $file_name, $file_name, 'sha-' || $file_id, $kind, $unit_code, $year, $month,
                TIMESTAMP '2027-01-02 08:00:00', 'loaded')
        """;

    public const string Signed = "UPDATE source_file SET signed_on = $signed_on WHERE file_id = $file_id";

    public const string LinesInFile = "SELECT count(*) FROM capaian_report WHERE file_id = $file_id";

    public const string Report = """
        INSERT INTO capaian_report (file_id, unit_code, year, month, indicator_code, realisasi_month,
                                    realisasi_todate, realisasi_grade, capaian_reported, kendala, source_sheet, source_row)
        VALUES ($file_id, $unit_code, $year, $month, $indicator_code, $realisasi_month,
                $realisasi_todate, $realisasi_grade, $capaian_reported, $kendala, 'Capaian', $source_row)
        """;

    public const string Lra = """
        INSERT INTO lra_line
        SELECT $file_id, $year, $month, (SELECT count(*) FROM lra_line), $kode, $level, NULL, 'Uraian ' || $kode,
               $anggaran, $realisasi_todate - $realisasi_bulan, $realisasi_bulan, $realisasi_todate, 10
        """;

    public const string SubKegiatan = """
        INSERT INTO sub_kegiatan VALUES ($sub_kegiatan_code, 'Sub kegiatan ' || $sub_kegiatan_code, $unit_code,
                                         $indicator_code, 1, 'Sub Kegiatan', 2)
        """;

    public const string Emonev = """
        INSERT INTO emonev_line VALUES ($file_id, $year, $month, $sub_kegiatan_code, 'Sub kegiatan ' || $sub_kegiatan_code,
                                        $pagu, NULL, $fisik, $rak, $spent, NULL, NULL, 'RFK', 10)
        """;
}
