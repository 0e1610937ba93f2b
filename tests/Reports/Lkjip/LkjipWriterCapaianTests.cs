using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Reports.Tests.Word;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class LkjipWriterCapaianTests(LkjipDocument document) : IClassFixture<LkjipDocument>
{
    private const string Iku01 = SampleLkjipFacts.Iku01Name;
    private const string Iku02 = SampleLkjipFacts.Iku02Name;
    private const string Iku03 = "Nilai evaluasi SAKIP perangkat daerah";

    [Fact]
    public void Write_FirstSasaranTable_ListsExpectedRows()
    {
        var table = DocxText.TableAfterCaption(document.Body, "Tabel 3.1 ");

        var rows = DocxText.Rows(table);

        Assert.Equal(
            [
                "No", "Indikator Kinerja (Satuan)", "Target", "Realisasi", "Capaian (%)", "Kategori", "Realisasi 2023",
                "Target Akhir Renstra",
            ],
            rows[0]);
        Assert.Equal(["1", $"{Iku01} (%)", "19,29", "22", "114,05", "Sangat Tinggi", "18,5", "25"], rows[1]);
        Assert.Equal(["2", $"{Iku02} (%)", "6,17", "7,42", "79,74", "Tinggi", "8,1", "5"], rows[2]);
        Assert.Equal(["Rata-rata capaian sasaran", "96,89", "Sangat Tinggi", ""], rows[3]);
    }

    [Fact]
    public void Write_SecondSasaranTable_ShowsPredikatAndNotComputable()
    {
        var rows = DocxText.Rows(DocxText.TableAfterCaption(document.Body, "Tabel 3.2 "));

        Assert.Equal(["1", $"{Iku03} (Predikat)", "BB", "BB", "100,00", "Sangat Tinggi", "B", "A"], rows[1]);
        Assert.Equal(["2", "Jumlah PSKS yang dibina (Lembaga)", "40", "-", "-", "-", "35", "60"], rows[2]);
    }

    [Fact]
    public void Write_SasaranTableCaption_NamesSasaranAndYear()
    {
        var captions = DocxText.Captions(document.Body).Select(DocxText.Of).ToList();

        Assert.Contains($"Tabel 3.1 Capaian IKU Sasaran {SampleLkjipFacts.Sasaran1} Tahun 2024", captions);
    }

    [Fact]
    public void Write_BabIIITables_MatchSnapshot()
    {
        var tables = BabIIITables().ToDictionary(t => DocxText.Of(t.PreviousSibling<Paragraph>()!), DocxText.Lines);

        CommittedSnapshot.Match(tables);
    }

    [Fact]
    public void Write_NegativeIndicator_SaysLowerRealisasiIsBetter()
    {
        var narrative = NarrativeOf("IKU.02");

        Assert.Contains("berpolaritas negatif", narrative);
        Assert.Contains("semakin rendah realisasi semakin baik", narrative);
        Assert.Contains("realisasi yang lebih tinggi daripada target membuat capaian berada di bawah 100%", narrative);
        Assert.Contains("capaian kinerjanya sebesar 79,74% dan termasuk kategori Tinggi", narrative);
    }

    [Fact]
    public void Write_NotComputableIndicator_GivesTheReason()
    {
        var narrative = NarrativeOf("IKU.04");

        Assert.Contains("realisasinya belum dilaporkan", narrative);
        Assert.Contains($"tidak dapat dihitung karena {NotComputableReasons.RealisasiMissing}.", narrative);
    }

    [Fact]
    public void Write_PkPerubahanIndicator_SaysRevisedTargetWasUsed()
    {
        var narrative = NarrativeOf("IKU.01");

        Assert.Contains("target hasil revisi pada PK Perubahan Tahun 2024", narrative);
    }

    [Fact]
    public void Write_IndicatorWithKendala_StatesKendalaAndTindakLanjut()
    {
        var causes = ParagraphsAfterLabel("IKU.01").First(p => p.StartsWith("Kendala:", StringComparison.Ordinal));

        Assert.Equal("Kendala: Keterbatasan kapasitas panti. Tindak lanjut: Kerja sama dengan LKS mitra.", causes);
    }

    [Fact]
    public void Write_NumericIndicatorsAndBudget_EmbedChartsWithAltTextAndCaption()
    {
        var drawings = document.Body.Descendants<Drawing>().ToList();
        var captions = DocxText.Captions(document.Body).Select(DocxText.Of).ToList();

        var alts = drawings.Select(AltText).ToList();

        Assert.Equal(3, alts.Count(a => a.StartsWith("Grafik batang target dan realisasi IKU.0", StringComparison.Ordinal)));
        Assert.StartsWith("Grafik batang pagu dan realisasi anggaran per program tahun 2024", alts[^1]);
        Assert.Equal(4, alts.Count);
        Assert.Contains($"Gambar 3.1 Target dan Realisasi IKU.01 {Iku01} Tahun 2021–2024", captions);
    }

    [Fact]
    public void Write_Chart_IsAPngPartOfPrintResolution()
    {
        var image = document.Word.MainDocumentPart!.ImageParts.First();

        var (width, height) = PngSize(image);

        Assert.Equal("image/png", image.ContentType);
        Assert.Equal((1600, 900), (width, height));
    }

    [Fact]
    public void Write_ChartAltText_CarriesTheFigures()
    {
        var alt = AltText(document.Body.Descendants<Drawing>().First());

        Assert.Contains("2024: target 19,29, realisasi 22", alt);
        Assert.Contains("Target akhir Renstra 25.", alt);
    }

    [Fact]
    public void Write_Cap100_CapsDisplayedCapaianAndStatesTheSetting()
    {
        var settings = new AnalysisSettings(new CapSetting(100m), BandScale.Permendagri86);
        using var capped = new LkjipDocument(SampleLkjipFacts.Create(settings));

        var row = DocxText.Rows(DocxText.TableAfterCaption(capped.Body, "Tabel 3.1 "))[1];
        var text = DocxText.Paragraphs(capped.Body);

        Assert.Equal("100,00", row[4]);
        Assert.Contains(text, p => p.Contains("batas paling tinggi 100%", StringComparison.Ordinal));
        Assert.Contains(text, p => p.Contains("Capaian sebelum pembatasan sebesar 114,05%", StringComparison.Ordinal));
    }

    private IEnumerable<Table> BabIIITables() => document.Body.Elements<Table>()
        .Where(t => DocxText.Of(t.PreviousSibling<Paragraph>()!).StartsWith("Tabel 3.", StringComparison.Ordinal));

    private string NarrativeOf(string code) => ParagraphsAfterLabel(code).First();

    private IEnumerable<string> ParagraphsAfterLabel(string code) => document.Body.Elements<Paragraph>()
        .SkipWhile(p => !DocxText.Of(p).StartsWith(code + " ", StringComparison.Ordinal))
        .Skip(1)
        .Select(DocxText.Of);

    private static string AltText(Drawing drawing) =>
        drawing.Descendants<DW.DocProperties>().Single().Description!.Value!;

    private static (int Width, int Height) PngSize(ImagePart image)
    {
        using var stream = image.GetStream();
        var header = new byte[24];
        stream.ReadExactly(header);

        // The IHDR chunk follows the 8-byte signature: length, type, then big-endian width and height.
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
