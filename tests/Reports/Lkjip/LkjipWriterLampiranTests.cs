using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class LkjipWriterLampiranTests(LkjipDocument document) : IClassFixture<LkjipDocument>
{
    private const string Appendix = "LAMPIRAN";

    [Fact]
    public void Write_Lampiran_HasPkSourcesAndDataQualityInOrder()
    {
        var sections = LkjipChapter.InStyle(document.Body, Appendix, "Heading2");

        Assert.Equal(
            ["Lampiran 1 Perjanjian Kinerja Tahun 2024", "Lampiran 2 Daftar Berkas Sumber Data", "Lampiran 3 Temuan Kualitas Data"],
            sections);
    }

    [Fact]
    public void Write_Lampiran1_RefersToThePkTableOfBabII()
    {
        var paragraph = document.Body.Elements<Paragraph>()
            .Single(p => DocxText.Of(p).StartsWith("Sasaran, indikator, target, perubahan target", StringComparison.Ordinal));

        var field = DocxFields.In(paragraph).Single();

        Assert.Equal((@"REF _RefTabel2_2 \h", "Tabel 2.2"), field);
        Assert.EndsWith("Tahun 2024 disajikan pada Tabel 2.2 (Bab II).", DocxText.Of(paragraph));
    }

    [Fact]
    public void Write_Lampiran1_LeavesTheSignedAgreementAsPlaceholder()
    {
        var text = LkjipChapter.Paragraphs(document.Body, Appendix);

        Assert.Contains("[Diisi oleh perencana: pindaian Perjanjian Kinerja Tahun 2024 beserta Perjanjian Kinerja Perubahan "
            + "yang telah ditandatangani]", text);
    }

    [Fact]
    public void Write_Lampiran3_CountsTheFindingsOfEachKind()
    {
        var text = LkjipChapter.Paragraphs(document.Body, Appendix);

        Assert.Contains(text, p => p.StartsWith("Pemeriksaan kualitas data dan rekonsiliasi antarsumber atas data tahun 2024 "
            + "menghasilkan 4 temuan dalam 3 jenis, yaitu berkas ditolak (1), koreksi (1), dan laporan terlambat (2).",
            StringComparison.Ordinal));
        Assert.Contains("Laporan terlambat. Sebanyak 2 temuan dirinci pada Tabel L.4.", text);
    }

    [Fact]
    public void Write_Lampiran3_ListsEachFindingWithFileLocationFoundAndExpected()
    {
        var rejected = DocxText.Lines(DocxText.TableAfterCaption(document.Body, "Tabel L.2 Temuan Berkas Ditolak Tahun 2024"));
        var corrections = DocxText.Lines(DocxText.TableAfterCaption(document.Body, "Tabel L.3 Temuan Koreksi Tahun 2024"));

        Assert.Equal("No | Berkas | Letak | Ditemukan | Seharusnya | Keterangan", rejected[0]);
        Assert.Equal("1 | capaian-psbr-2024-12.xlsx | sheet IKU, baris 9, kolom Realisasi s.d. Bulan Ini | dua puluh | "
            + "angka, misalnya 1.234.567,89 atau 95,5 | Realisasi harus berupa angka.", rejected[1]);
        Assert.Equal("1 | capaian-rehsos-2024-11.xlsx | unit REHSOS, November 2024 | - | - | Digantikan oleh "
            + "capaian-rehsos-2024-11-revisi.xlsx (berkas lama tetap tersimpan).", corrections[1]);
    }

    [Fact]
    public void Append_NoFindings_SaysTheChecksFoundNothing()
    {
        var body = WrittenDraft.Of(SampleLkjipFacts.Create() with { Findings = [] }, QualityAppendix.Append);

        var text = DocxText.Paragraphs(body);

        Assert.Equal(
            [
                "Lampiran 3 Temuan Kualitas Data",
                "Pemeriksaan kualitas data dan rekonsiliasi antarsumber atas data tahun 2024 tidak menghasilkan temuan.",
            ],
            text);
        Assert.Empty(body.Elements<Table>());
    }

    [Fact]
    public void Append_NoAgreement_LeavesThePkAsPlaceholderWithoutReference()
    {
        var body = WrittenDraft.Of(SampleLkjipFacts.Create() with { Agreement = [] }, draft =>
        {
            PerencanaanKinerja.Append(draft);
            Reports.Lkjip.Lampiran.Append(draft);
        });

        var text = DocxText.Paragraphs(body);

        Assert.Contains("Data Perjanjian Kinerja Tahun 2024 belum tercantum pada data referensi perencanaan.", text);
        Assert.Contains("[Diisi oleh perencana: pindaian Perjanjian Kinerja Tahun 2024 yang telah ditandatangani]", text);
        Assert.DoesNotContain(text, p => p.Contains("(Bab II)", StringComparison.Ordinal));
    }
}
