using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;
using SakipAnalytics.Cli.Tests.Fixtures;

namespace SakipAnalytics.Cli.Tests.Commands;

[Collection(SharesBundledRun.Name)]
public sealed class ExportCommandTests(BundledRun run)
{
    [Fact]
    public void Export_CapaianBulananOfOneUnitMonth_WritesEachLineWithItsSourceRow()
    {
        var file = Path.Combine(run.Output, "uji", "rehsos-juni.csv");

        var code = Invoke("export", "capaian_bulanan", "--year", "2026", "--month", "6", "--unit", "rehsos", "--file", file);

        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',').ToList();
        var reh02 = lines.Single(l => l.Contains(",REH.02,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(3, lines.Length);
        Assert.Equal("103.04", reh02[header.IndexOf("capaian")]);
        Assert.Equal("96.96", reh02[header.IndexOf("capaian_menurut_unit")]);
        Assert.Equal(("Capaian Bidang Rehsos 2026-06.xlsx", "10"), (reh02[header.IndexOf("berkas")], reh02[header.IndexOf("baris")]));
    }

    [Fact]
    public void Export_Csv_StatesTheSettingsOnTheConsoleSinceTheFileCannot()
    {
        var output = new StringWriter();

        Invoke(output, "export", "capaian_tahunan", "--year", "2025", "--cap", "100", "--file", Path.Combine(run.Output, "uji", "t.csv"));

        Assert.Contains("Dihitung dengan pengaturan: Batas atas capaian: 100; Kategori capaian: ≥ 91 Sangat Tinggi",
            output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_CapaianTahunanAsXlsx_KeepsNumbersAsNumbersAndStatesTheSettings()
    {
        var file = Path.Combine(run.Output, "uji", "tahunan-2023.xlsx");

        Invoke("export", "capaian_tahunan", "--year", "2023", "--format", "xlsx", "--cap", "100", "--file", file);

        var sheets = XlsxSheets.Read(file);
        var header = sheets["Data"][0];
        var iku01 = sheets["Data"].Single(r => r.Contains("IKU.01"));
        Assert.Empty(XlsxSheets.SchemaErrors(file));
        Assert.Equal("100", iku01[header.IndexOf("capaian")]);
        Assert.Equal("114.05", iku01[header.IndexOf("capaian_tanpa_batas")]);
        Assert.Equal(("18.02", "3.98"), (iku01[header.IndexOf("realisasi_tahun_lalu")], iku01[header.IndexOf("selisih_realisasi")]));
        Assert.Contains(["Batas atas capaian", "100"], sheets["Keterangan"]);
        Assert.Contains(["Saringan", "tahun 2023"], sheets["Keterangan"]);
        Assert.Equal(("0", "#,##0.00"), (FormatOf(file, header, "tahun"), FormatOf(file, header, "capaian")));
    }

    [Fact]
    public void Export_CapaianTahunanOfTheRenstrasFirstYear_ComparesWithTheBaseline()
    {
        var file = Path.Combine(run.Output, "uji", "tahunan-2021.csv");

        Invoke("export", "capaian_tahunan", "--year", "2021", "--file", file);

        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',').ToList();
        var iku01 = lines.Single(l => l.Contains(",IKU.01,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("16.87", iku01[header.IndexOf("realisasi")]);
        Assert.Equal("kondisi awal Renstra", iku01[header.IndexOf("sumber_tahun_lalu")]);
    }

    [Fact]
    public void Export_WithoutATable_ListsEveryTableWithItsFilters()
    {
        var output = new StringWriter();

        var code = Invoke(output, "export");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("kaskade", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("[--year wajib --month wajib]", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tabel_lain", "Tabel 'tabel_lain' tidak ada.")]
    [InlineData("capaian_bulanan --month 3", "--month memerlukan --year.")]
    [InlineData("kaskade --year 2026", "Tabel kaskade memerlukan --month.")]
    [InlineData("seri_renstra --unit SEKRE", "Tabel seri_renstra tidak dapat disaring dengan --unit.")]
    [InlineData("capaian_bulanan --unit SEK", "Unit 'SEK' tidak dikenal di workbook referensi yang termuat; unit yang ada: DAYASOS,")]
    [InlineData("capaian_bulanan --year 26", "Tidak ada data tahun 26 di basis data; tahun yang ada: 2020–2026.")]
    [InlineData("capaian_bulanan --all", "--all mengekspor semua tabel; hapus nama tabel 'capaian_bulanan' atau hapus --all.")]
    [InlineData("capaian_bulanan --format csv --file tabel.xlsx", "--file tabel.xlsx tidak cocok dengan --format csv;")]
    [InlineData("capaian_bulanan --format pdf", "Format 'pdf' tidak dikenal; gunakan csv atau xlsx.")]
    public void Export_BadRequest_ExitsWithTheReasonInIndonesian(string arguments, string message)
    {
        var output = new StringWriter();

        var code = Invoke(output, ["export", .. arguments.Split(' ')]);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_FileEndingInXlsxWithoutFormat_WritesAWorkbook()
    {
        var file = Path.Combine(run.Output, "uji", "sasaran.xlsx");

        var code = Invoke("export", "capaian_sasaran", "--year", "2025", "--file", file);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Keterangan", XlsxSheets.Read(file).Keys);
    }

    [Fact]
    public void Check_FileThatIsNotAWorkbook_IsRefusedBeforeWriting()
    {
        var output = new StringWriter();
        var file = Path.Combine(run.Output, "uji", "temuan.csv");

        var code = Invoke(output, "check", "--file", file);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Equal("sakip check menulis temuan sebagai xlsx; beri --file berakhiran .xlsx, bukan temuan.csv.", output.ToString().Trim());
        Assert.False(File.Exists(file));
    }

    private int Invoke(params string[] args) => Invoke(new StringWriter(), args);

    private int Invoke(StringWriter output, params string[] args) =>
        SakipCommandLine.Build(NullLoggerFactory.Instance, output).Parse([.. args, "--out", run.Output]).Invoke();

    private static string? FormatOf(string file, List<string> header, string column) =>
        XlsxSheets.FormatCode(file, "Data", 1, header.IndexOf(column));
}
