using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Emonev;

public sealed class EmonevLoaderTests : IDisposable
{
    private const string Header =
        "No;Kode;Program / Kegiatan / Sub Kegiatan;Pagu Anggaran (Rp);Target Fisik (%);Realisasi Fisik (%);"
        + "Target Keuangan / RAK s.d. Bulan Ini (Rp);Realisasi Keuangan (Rp);Realisasi Keuangan (%);Deviasi Fisik (%);Permasalahan;Solusi";

    private static readonly string[] Title =
    [
        "RENCANA DAN REALISASI FISIK DAN KEUANGAN (RFK)", "Bulan : Maret   Tahun Anggaran : 2026", "", Header,
        "1;2;3;4;5;6;7;8;9;10;11;12",
    ];

    private readonly IngestHarness _harness = new();
    private readonly TempFolder _temp = new();

    [Fact]
    public void Load_UnknownSubKegiatanAndSpendingAbovePagu_AreWarningsOnTheirRows()
    {
        var path = _temp.Write("rfk.csv", Rfk(
            "1;1.06.01.1.01.0001;Penyusunan Dokumen Perencanaan;1.000;10;10;100;1.200;120;0;;",
            "2;9.99.99.9.99.9999;Sub kegiatan tak dikenal;1.000;10;10;100;50;5;0;;"));

        var outcome = _harness.Load(path);

        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal(
            [(6, "1.200,00"), (7, "9.99.99.9.99.9999")],
            outcome.Findings.Select(f => (f.Row!.Value, f.Found)).Order().ToList());
    }

    [Fact]
    public void Load_NoTotalsRow_IsRejectedAsCutShort()
    {
        var content = Rfk("1;1.06.01.1.01.0001;Penyusunan Dokumen Perencanaan;1.000;10;10;100;50;5;0;;")
            .Replace(";JUMLAH;", ";;", StringComparison.Ordinal);

        var outcome = _harness.Load(_temp.Write("rfk.csv", content));

        Assert.Contains("terpotong", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, _harness.Count("emonev_line"));
    }

    public void Dispose()
    {
        _harness.Dispose();
        _temp.Dispose();
    }

    private static string Rfk(params string[] lines) => string.Join(
        "\n",
        Title.Concat(lines)
            .Append(";;JUMLAH;2.000;;;;;;;;"));
}
