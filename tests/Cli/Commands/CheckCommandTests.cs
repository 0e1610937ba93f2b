using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

[Collection(SharesBundledRun.Name)]
public sealed class CheckCommandTests(BundledRun run)
{
    [Theory]
    [InlineData("Capaian Bidang Rehsos 2026-06.xlsx, sheet Capaian, baris 10, kolom Capaian (%)",
        "Ditemukan '96,96'. Seharusnya 103,04")]
    [InlineData("LRA Dinsos 2026 10.csv, baris 67, kolom Realisasi s.d. Bulan Ini", "Seharusnya 1.249.576.350,00 (jumlah rincian)")]
    [InlineData("RFK Dinsos Kalsel Juli 2026.xlsx, sheet RFK Juli, baris 24",
        "Seharusnya 804.889.429,00 seperti di LRA Dinsos 2026 07.csv")]
    [InlineData("Hasil Evaluasi LKE PSAA Tahun 2025.xlsx, sheet LKE, baris 38, kolom Nilai", "Ditemukan '11,46'. Seharusnya 10,42")]
    public void Check_BundledData_NamesEachPlantedInconsistencyWhereItIs(string where, string figures)
    {
        var output = new StringWriter();

        var code = Invoke(output);

        var line = output.ToString().Split('\n').Single(l => l.Contains(where, StringComparison.Ordinal));
        Assert.Equal(ExitCodes.FindingsReported, code);
        Assert.Contains(figures, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BundledData_ListsLateReportsByTheirSignatureDate()
    {
        var output = new StringWriter();

        Invoke(output, "--year", "2025", "--month", "2");

        var text = output.ToString();
        Assert.Contains("Laporan terlambat (1)", text, StringComparison.Ordinal);
        Assert.Contains(
            "capaian_psbl_2025-02.xlsx: UPTD Panti Sosial Bina Laras Budi Luhur mengirim laporan 3 hari", text, StringComparison.Ordinal);
        Assert.Contains("Ditemukan '13/03/2025 (tanda tangan)'. Seharusnya paling lambat 10/03/2025.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AUnitMonthWithNothingWrong_SaysSoAndExitsZero()
    {
        var output = new StringWriter();
        var file = Path.Combine(run.Output, "uji", "temuan-sekre.xlsx");

        var code = Invoke(output, "--year", "2026", "--month", "3", "--unit", "SEKRE", "--file", file);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith(
            "Pemeriksaan data (tahun 2026, bulan Maret, unit SEKRE): tidak ada temuan", output.ToString(), StringComparison.Ordinal);
        Assert.Single(XlsxSheets.Read(file)["Data"]);
    }

    private int Invoke(StringWriter output, params string[] args) =>
        SakipCommandLine.Build(NullLoggerFactory.Instance, output).Parse(["check", .. args, "--out", run.Output]).Invoke();
}
