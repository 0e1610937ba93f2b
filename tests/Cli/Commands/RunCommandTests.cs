using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-cli-").FullName;

    [Fact]
    public void Run_FolderWithADamagedFile_NamesItWithTheReasonAndLoadsTheRest()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        File.Copy(RepositoryData.ReferenceWorkbook, Path.Combine(data, "referensi.xlsx"));
        File.WriteAllBytes(Path.Combine(data, "Capaian PB Maret 2026.xlsx"), [0x50, 0x4B, 0x03, 0x04, 0x00]);
        var output = new StringWriter();

        var code = Invoke(output, "run", "--data", data, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(ExitCodes.SomeFilesRejected, code);
        Assert.Contains("Berkas dibaca: 2; dimuat: 1", output.ToString(), StringComparison.Ordinal);
        const string Rejection = "DITOLAK Capaian PB Maret 2026.xlsx: 1 masalah; yang pertama: berkas bukan .xlsx yang utuh";
        Assert.Contains(Rejection, output.ToString(), StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(_folder, "out", "ditolak", "Capaian PB Maret 2026.xlsx.html"));
        Assert.Contains("<td>berkas bukan .xlsx yang utuh (rusak atau terpotong)</td>", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DecemberOfAUptdOnly_WritesNoLkjipAndSaysWhy()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        File.Copy(RepositoryData.ReferenceWorkbook, Path.Combine(data, "referensi.xlsx"));
        const string Pstw = "Capaian PK UPTD PSTW Desember 2025.xlsx";
        File.Copy(Path.Combine(RepositoryData.Folder, "capaian", Pstw), Path.Combine(data, Pstw));
        var output = new StringWriter();

        Invoke(output, "run", "--data", data, "--out", Path.Combine(_folder, "out"));

        const string Note = "LKjIP tidak dibuat: belum ada capaian IKU Dinas akhir tahun (Desember).";
        Assert.Contains(Note, output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out", "laporan")));
    }

    [Fact]
    public void ReportUnit_UnitWithoutIndicators_SaysSoRatherThanAskingForItsReport()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        File.Copy(RepositoryData.ReferenceWorkbook, Path.Combine(data, "referensi.xlsx"));
        var outFolder = Path.Combine(_folder, "out");
        Invoke(new StringWriter(), "run", "--data", data, "--out", outFolder);
        using (var store = Model.Store.SakipStore.Open(Path.Combine(outFolder, "sakip.duckdb")))
            store.Execute("INSERT INTO unit VALUES ('PSKW', 'UPTD Panti Sosial Karya Wanita', 'uptd', NULL, 1, 'Unit Kerja', 99)");
        var output = new StringWriter();

        var code = Invoke(output, "report", "unit", "--unit", "PSKW", "--year", "2025", "--out", outFolder);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Equal("Unit PSKW tidak memiliki indikator di sheet Indikator referensi, sehingga laporan kinerjanya tidak dapat "
            + "disusun.", output.ToString().Trim());
    }

    [Fact]
    public void Run_MissingDataFolder_SaysSoAndFails()
    {
        var output = new StringWriter();

        var code = Invoke(output, "run", "--data", Path.Combine(_folder, "tidak-ada"), "--out", Path.Combine(_folder, "out"));

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("tidak-ada", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int Invoke(StringWriter output, params string[] args) =>
        SakipCommandLine.Build(NullLoggerFactory.Instance, output).Parse(args).Invoke();
}
