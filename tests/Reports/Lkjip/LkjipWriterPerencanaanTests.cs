using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class LkjipWriterPerencanaanTests(LkjipDocument document) : IClassFixture<LkjipDocument>
{
    private const string Iku01 = SampleLkjipFacts.Iku01Name;
    private const string Iku02 = SampleLkjipFacts.Iku02Name;
    private const string Iku03 = "Nilai evaluasi SAKIP perangkat daerah";

    [Fact]
    public void Write_PerjanjianKinerjaTable_ListsSasaranIkuTargetAndPkVersion()
    {
        var table = DocxText.TableAfterCaption(document.Body, "Tabel 2.2 Perjanjian Kinerja Tahun 2024");

        var lines = DocxText.Lines(table);

        Assert.Equal("No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Target | Versi PK", lines[0]);
        Assert.Equal($"1 | {SampleLkjipFacts.Sasaran1} | {Iku01} | % | 19,29 | Perubahan", lines[1]);
        Assert.Equal($"2 |  | {Iku02} | % | 6,17 | Murni", lines[2]);
        Assert.Equal($"3 | {SampleLkjipFacts.Sasaran2} | {Iku03} | Predikat | BB | Murni", lines[3]);
    }

    [Fact]
    public void Write_PerjanjianKinerja_SaysWhichPkVersionEachTargetComesFrom()
    {
        var text = DocxText.Paragraphs(document.Body);

        const string Versions = "Target yang digunakan berasal dari PK Perubahan untuk IKU.01 dan "
            + "PK Murni untuk IKU.02, IKU.03, dan IKU.04.";

        Assert.Contains(text, p => p.EndsWith(Versions, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_RenstraTable_ShowsBaselineWithYearAndEndTarget()
    {
        var table = DocxText.TableAfterCaption(document.Body, "Tabel 2.1 Kondisi Awal dan Target Akhir Renstra");

        var lines = DocxText.Lines(table);

        Assert.Equal($"1 | {Iku01} | % | 15 (2020) | 25", lines[1]);
    }

    [Fact]
    public void Write_BudgetTable_ListsProgramsAndKegiatanWithTotal()
    {
        var table = DocxText.TableAfterCaption(document.Body, "Tabel 3.3 Realisasi Anggaran");

        var lines = DocxText.Lines(table);

        Assert.Equal("Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | Serapan (%)", lines[0]);
        Assert.Equal(
            "1.06.01 | Program Penunjang Urusan Pemerintahan Daerah Provinsi | 12.500.000.000 | 11.875.250.000 | 95,00",
            lines[1]);
        Assert.DoesNotContain(lines, l => l.Contains("Penyusunan Dokumen Perencanaan", StringComparison.Ordinal));
        Assert.Equal("Jumlah | 20.500.000.000 | 19.075.250.000 | 93,05", lines[^1]);
    }
}
