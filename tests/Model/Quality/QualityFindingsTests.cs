using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Quality;
using SakipAnalytics.Model.Tests.Fixtures;

namespace SakipAnalytics.Model.Tests.Quality;

public sealed class QualityFindingsTests : IDisposable
{
    private const string SubKegiatan = "1.06.01.1.01.0007";

    private readonly FactStore _facts = new FactStore().Unit("SEKRE", "sekretariat").Unit("PSBL", "uptd");

    [Fact]
    public void Read_PhysicalProgressBelowZeroAndThenDown_NamesBothRowsWithTheirFigures()
    {
        _facts.Emonev(2026, 1, SubKegiatan, 1_000m, 100m, 50m, -1.37m).Emonev(2026, 2, "1.06.04.1.01.0012", 1_000m, 100m, 50m, 3.87m)
            .Emonev(2026, 3, "1.06.04.1.01.0012", 1_000m, 100m, 50m, 3.76m);

        var impossible = Single("realisasi fisik tidak wajar");
        var down = Single("realisasi fisik menurun");

        Assert.Equal(("-1,37", "antara 0 dan 100"), (impossible.Found, impossible.Expected));
        Assert.Equal(("3,76", 3), (down.Found, down.Month));
        Assert.StartsWith("paling sedikit 3,87 seperti bulan sebelumnya (EMONEV 2026-02.xlsx", down.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AbsorptionIndicatorAtYearEndAgainstTheLra_NamesTheLrasFigureButNotTheMonthsBefore()
    {
        _facts.Indicator("SEK.02", "SEKRE", "terakhir").Pk(2025, "SEK.02", "95")
            .Reported("SEKRE", 2025, 1, "SEK.02", 79.45m).Lra(2025, 1, "1.06.01", "program", 10_000m, 205m)
            .Reported("SEKRE", 2025, 12, "SEK.02", 83.51m).Lra(2025, 12, "1.06.01", "program", 10_000m, 9_405m);
        _facts.Store.Execute("UPDATE indicator SET satuan = '%', name = 'Persentase realisasi anggaran Dinas Sosial'");

        var finding = Single("serapan berbeda dengan LRA");

        Assert.Equal((12, "83,51", "94,05 menurut LRA 2025-12.xlsx"), (finding.Month, finding.Found, finding.Expected));
    }

    [Fact]
    public void Read_EmonevPaguOtherThanTheLras_NamesBoth()
    {
        _facts.Emonev(2026, 5, SubKegiatan, 1_500_000m, 100m, 50m, 10m)
            .Lra(2026, 5, SubKegiatan, "sub_kegiatan", 1_250_000m, 50m).SubKegiatan(SubKegiatan, "SEKRE", null);

        var finding = Single("pagu e-Monev berbeda dengan LRA");

        Assert.Equal("1.500.000,00", finding.Found);
        Assert.StartsWith("1.250.000,00 seperti di LRA 2026-05.xlsx", finding.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReportIdenticalToLastMonth_IsNamedButADifferentOneIsNot()
    {
        _facts.Indicator("PSBL.01", "PSBL", "terakhir").Pk(2026, "PSBL.01", "150")
            .Reported("PSBL", 2026, 8, "PSBL.01", 156m, 156m).Reported("PSBL", 2026, 9, "PSBL.01", 156m, 156m)
            .Reported("PSBL", 2026, 10, "PSBL.01", 158m, 158m);

        var finding = Single("laporan sama dengan bulan lalu");

        Assert.Equal(("PSBL 2026-09.xlsx", 9), (finding.File, finding.Month));
    }

    [Fact]
    public void Read_IndicatorLeftOutOfTheUnitsFile_NamesTheIndicator()
    {
        _facts.Indicator("PSBL.01", "PSBL", "terakhir").Pk(2026, "PSBL.01", "150")
            .Indicator("PSBL.02", "PSBL", "terakhir").Pk(2026, "PSBL.02", "30")
            .Reported("PSBL", 2026, 4, "PSBL.01", 151m);

        var finding = Single("indikator tidak dilaporkan");

        Assert.Equal(("PSBL 2026-04.xlsx", "PSBL.02"), (finding.File, finding.Expected));
    }

    [Fact]
    public void Read_ReportSignedAfterTheDeadlineDay_IsLateByItsSignatureNotItsArrival()
    {
        _facts.Indicator("PSBL.01", "PSBL", "terakhir").Pk(2026, "PSBL.01", "150")
            .Reported("PSBL", 2026, 2, "PSBL.01", 151m).SignedOn("PSBL", 2026, 2, new DateOnly(2026, 3, 13))
            .Reported("PSBL", 2026, 3, "PSBL.01", 152m).SignedOn("PSBL", 2026, 3, new DateOnly(2026, 4, 5));

        var late = Single("laporan terlambat");

        Assert.Equal(("13/03/2026 (tanda tangan)", "paling lambat 10/03/2026"), (late.Found, late.Expected));
        Assert.Equal("Unit PSBL mengirim laporan 3 hari setelah batas waktu.", late.Message);
    }

    [Fact]
    public void Read_ReportSentButRejected_SaysItWasRejectedRatherThanNeverSent()
    {
        _facts.Indicator("PSBL.01", "PSBL", "terakhir").Pk(2026, "PSBL.01", "150").Reported("PSBL", 2026, 3, "PSBL.01", 152m)
            .Indicator("SEK.01", "SEKRE", "terakhir").Pk(2026, "SEK.01", "24").Reported("SEKRE", 2026, 3, "SEK.01", 20m);
        _facts.Store.Execute("DELETE FROM capaian_report WHERE unit_code = 'SEKRE'");
        _facts.Store.Execute("UPDATE source_file SET status = 'rejected' WHERE unit_code = 'SEKRE'");

        var missing = Single("laporan belum diterima");

        Assert.Equal(("SEKRE", "SEKRE 2026-03.xlsx"), (missing.UnitCode, missing.File));
        Assert.Equal("Unit SEKRE mengirim laporan, tetapi berkasnya ditolak; laporan yang dapat dimuat belum diterima.", missing.Message);
    }

    [Fact]
    public void Read_MonthWithAnLraButNoUnitReport_IsMissedByEveryUnit()
    {
        _facts.Indicator("PSBL.01", "PSBL", "terakhir").Pk(2026, "PSBL.01", "150").Reported("PSBL", 2026, 2, "PSBL.01", 151m)
            .Lra(2026, 3, "1.06.01", "program", 10_000m, 2_000m);

        var missing = Single("laporan belum diterima");

        Assert.Equal(("PSBL", 3), (missing.UnitCode, missing.Month));
    }

    [Fact]
    public void Read_UnitTargetOtherThanTheRencanaAksi_NamesBothTargets()
    {
        _facts.Indicator("PSBL.03", "PSBL").Pk(2026, "PSBL.03", "120").RencanaAksi(2026, "PSBL.03", 6, 60m)
            .Reported("PSBL", 2026, 6, "PSBL.03", 55m);
        _facts.Store.Execute("UPDATE capaian_report SET target_todate_text = '65', target_todate_low = 65, target_todate_high = 65");

        var finding = Single("target berbeda dengan referensi");

        Assert.Equal(("65,00", "60,00 (PK Murni dan rencana aksi)"), (finding.Found, finding.Expected));
    }

    [Fact]
    public void Read_SubKegiatanTheMappingLacksForMonths_IsOneFindingAtItsLatestMonth()
    {
        _facts.SubKegiatan(SubKegiatan, "SEKRE", null)
            .Lra(2026, 1, "1.06.04.1.01.0012", "sub_kegiatan", 1_000m, 10m).Lra(2026, 2, "1.06.04.1.01.0012", "sub_kegiatan", 1_000m, 20m);

        var finding = Single("sub kegiatan tanpa pemetaan");

        Assert.Equal((2, "1.06.04.1.01.0012", "LRA 2026-02.xlsx"), (finding.Month, finding.Found, finding.File));
        Assert.StartsWith("Sub kegiatan 1.06.04.1.01.0012 ada di LRA (2 bulan tahun ini)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LraWithNoMappingAtAll_IsOneFindingThatTheSheetIsMissing()
    {
        _facts.Lra(2026, 1, SubKegiatan, "sub_kegiatan", 1_000m, 10m).Lra(2026, 2, SubKegiatan, "sub_kegiatan", 1_000m, 20m)
            .Lra(2026, 2, "1.06.04.1.01.0012", "sub_kegiatan", 1_000m, 20m);

        var finding = Single("sub kegiatan tanpa pemetaan");

        Assert.Equal(("2 kode sub kegiatan", "sheet Sub Kegiatan di workbook referensi"), (finding.Found, finding.Expected));
        Assert.StartsWith("Workbook referensi tidak memuat pemetaan Sub Kegiatan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IndicatorWithoutAPkTarget_IsOneFindingAYearAtItsLatestMonth()
    {
        _facts.Indicator("PSBL.04", "PSBL", "terakhir").Reported("PSBL", 2026, 5, "PSBL.04", 40m)
            .Reported("PSBL", 2026, 6, "PSBL.04", 45m);
        _facts.Store.Execute("UPDATE capaian_report SET target_todate_text = '50', target_todate_low = 50, target_todate_high = 50");

        var finding = Single("target tanpa PK");

        Assert.Equal((6, "50,00"), (finding.Month, finding.Found));
        Assert.StartsWith("PSBL.04: Perjanjian Kinerja di referensi tidak memuat target", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnitTargetOtherThanARangeInThePk_NamesBothBounds()
    {
        _facts.Indicator("PSBL.02", "PSBL", "terakhir").Pk(2026, "PSBL.02", "20-25").Reported("PSBL", 2026, 6, "PSBL.02", 21m);
        _facts.Store.Execute("UPDATE capaian_report SET target_todate_text = '22', target_todate_low = 22, target_todate_high = 22");

        var finding = Single("target berbeda dengan referensi");

        Assert.Equal(("22,00", "20,00–25,00 (PK Murni dan rencana aksi)"), (finding.Found, finding.Expected));
    }

    public void Dispose() => _facts.Dispose();

    private QualityFinding Single(string kind) =>
        Assert.Single(QualityFindings.Read(_facts.Analyse(), TableFilter.All), f => f.Kind == kind);
}
