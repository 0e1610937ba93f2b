using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class LkjipWriterPerencanaanTests(LkjipDocument document) : IClassFixture<LkjipDocument>
{
    private const string Iku01 = SampleLkjipFacts.Iku01Name;
    private const string Iku02 = SampleLkjipFacts.Iku02Name;
    private const string Iku03 = "Nilai evaluasi SAKIP perangkat daerah";

    [Fact]
    public void Write_PerjanjianKinerjaTable_ListsMurniAndPerubahanTargetsWithPagu()
    {
        var table = DocxText.TableAfterCaption(document.Body, "Tabel 2.2 Perjanjian Kinerja Tahun 2024");

        var lines = DocxText.Lines(table);

        Assert.Equal("No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Target PK Murni | Target PK Perubahan | "
            + "Pagu Indikatif (Rp)", lines[0]);
        Assert.Equal($"1 | {SampleLkjipFacts.Sasaran1} | IKU.01 {Iku01} | % | 20,5 | 19,29 (1 Juli 2024) | 1.250.000.000", lines[1]);
        Assert.Equal($"2 |  | IKU.02 {Iku02} | % | 6,17 | - | 750.000.000", lines[2]);
        Assert.Equal($"3 | {SampleLkjipFacts.Sasaran2} | IKU.03 {Iku03} | Predikat | BB | - | 300.000.000", lines[3]);
        Assert.Equal("Jumlah pagu indikatif | 2.300.000.000", lines[^1]);
    }

    [Fact]
    public void Write_PerjanjianKinerja_NamesTheRevisionAndThePkVersionMeasuredAgainst()
    {
        var text = DocxText.Paragraphs(document.Body);

        const string Versions = "Pada tahun 2024, Perjanjian Kinerja direvisi melalui PK Perubahan untuk 1 indikator kinerja "
            + $"utama, yaitu IKU.01 {Iku01} dari 20,5% menjadi 19,29% yang berlaku sejak 1 Juli 2024. Capaian indikator kinerja "
            + "utama pada Bab III diukur terhadap target PK Perubahan untuk indikator tersebut dan terhadap target PK Murni untuk "
            + "indikator lainnya.";

        Assert.Contains(Versions, text);
    }

    [Fact]
    public void Write_RenstraTable_ShowsBaselineEveryRenstraYearAndEndTarget()
    {
        var table = DocxText.TableAfterCaption(document.Body, "Tabel 2.1 Kondisi Awal, Target Tahunan, dan Target Akhir Renstra");

        var lines = DocxText.Lines(table);

        Assert.Equal("No | Indikator Kinerja Utama | Kondisi Awal 2020 | 2021 | 2022 | 2023 | 2024 | 2025 | 2026 | Target Akhir",
            lines[0]);
        Assert.Equal($"1 | IKU.01 {Iku01} (%) | 15 | 16 | 17 | 18 | 19 | 22 | 25 | 25", lines[1]);
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
