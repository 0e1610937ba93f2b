using SakipAnalytics.Model.Analysis.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class LkjipWriterPendahuluanTests(LkjipDocument document) : IClassFixture<LkjipDocument>
{
    private const string BabI = "BAB I PENDAHULUAN";
    private const string Office = SampleLkjipFacts.Office;
    private const string UnitName = "UPTD Panti Sosial Asuhan Anak Budi Mulia";

    [Fact]
    public void Write_BabI_FollowsTheGuidelineOutline()
    {
        var sections = LkjipChapter.InStyle(document.Body, BabI, "Heading2");

        Assert.Equal(
            ["A. Latar Belakang", "B. Maksud dan Tujuan", "C. Dasar Hukum", "D. Pengertian", "E. Sistematika Penulisan"],
            sections);
    }

    [Fact]
    public void Write_LatarBelakang_NamesTheReportAndCountsSasaranAndIku()
    {
        var text = Paragraphs();

        Assert.Contains(text, p => p.Contains("Untuk memenuhi kewajiban tersebut, disusun Laporan Kinerja Instansi "
            + $"Pemerintah (LKjIP) {Office} Tahun 2024 yang menyajikan capaian kinerja", StringComparison.Ordinal));
        Assert.Contains(text, p => p.StartsWith("Laporan ini memuat 2 sasaran yang diukur dengan 4 indikator kinerja utama "
            + "(IKU). Setiap angka dihitung dari berkas data yang tercantum pada Lampiran 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Profile_IsLeftAsPlaceholdersUnderItsOwnHeadings()
    {
        var subsections = LkjipChapter.InStyle(document.Body, BabI, "Heading3");
        var text = Paragraphs();

        Assert.Equal(["1. Tugas Pokok dan Fungsi", "2. Struktur Organisasi", "3. Sumber Daya Manusia", "4. Isu Strategis"], subsections);
        Assert.Contains($"[Diisi oleh perencana: bagan dan uraian struktur organisasi {Office}]", text);
        Assert.Contains("[Diisi oleh perencana: isu strategis dan permasalahan utama yang dihadapi pada tahun 2024]", text);
    }

    [Fact]
    public void Write_MaksudDanTujuan_ListsTheAimsAsALetteredList()
    {
        var text = Paragraphs();

        Assert.Contains("a.\tmenyajikan capaian 4 indikator kinerja utama terhadap target Perjanjian Kinerja Tahun 2024 dan "
            + "target Renstra;", text);
        Assert.Contains("c.\tmenjadi bahan evaluasi dan perbaikan perencanaan serta pelaksanaan program dan kegiatan pada "
            + "tahun 2025;", text);
    }

    [Fact]
    public void Write_DasarHukum_ListsTheRegulationsInOrder()
    {
        var items = Numbered();

        Assert.Equal("1.\tUndang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara;", items[0]);
        Assert.Equal("2.\tUndang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali "
            + "diubah;", items[1]);
        Assert.Equal("3.\tPeraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi "
            + "Pemerintah;", items[2]);
        Assert.Equal("4.\tPeraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
            items[3]);
        Assert.StartsWith("5.\tPeraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014",
            items[4]);
        Assert.StartsWith("6.\tPeraturan Menteri Dalam Negeri Nomor 86 Tahun 2017", items[5]);
        Assert.StartsWith("7.\tPeraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021",
            items[6]);
    }

    [Fact]
    public void Write_DasarHukum_LeavesRenstraNumberToThePlannerAndDatesThePkPerubahan()
    {
        var items = Numbered();

        Assert.Equal($"9.\tRencana Strategis {Office} [Diisi oleh perencana: periode Renstra serta nomor dan tanggal "
            + "penetapannya];", items[8]);
        Assert.Equal($"10.\tPerjanjian Kinerja {Office} Tahun 2024 beserta Perjanjian Kinerja Perubahan yang berlaku sejak "
            + "1 Juli 2024 [Diisi oleh perencana: tanggal penandatanganan Perjanjian Kinerja].", items[9]);
    }

    [Fact]
    public void Write_Pengertian_DefinesEveryTermTheReportUses()
    {
        var terms = Paragraphs().SkipWhile(p => p != "D. Pengertian").TakeWhile(p => p != "E. Sistematika Penulisan")
            .Where(p => p.Contains(" adalah ", StringComparison.Ordinal))
            .Select(p => p[(p.IndexOf('\t', StringComparison.Ordinal) + 1)..p.IndexOf(" adalah ", StringComparison.Ordinal)])
            .ToList();

        Assert.Superset(
            new HashSet<string>
            {
                "Indikator Kinerja Utama (IKU)", "Perjanjian Kinerja (PK)", "Rencana Strategis (Renstra)", "Capaian kinerja",
                "Realisasi", "Predikat", "Polaritas", "Hutang kinerja", "Serapan anggaran", "Pagu indikatif", "Kondisi awal",
            },
            terms.ToHashSet());
    }

    [Fact]
    public void Write_Sistematika_DescribesEveryChapterAndTheLampiran()
    {
        var text = Paragraphs();

        Assert.Contains(text, p => p.StartsWith("Bab II Perencanaan Kinerja menyajikan ringkasan Rencana Strategis",
            StringComparison.Ordinal));
        Assert.Contains("Lampiran memuat Perjanjian Kinerja, daftar berkas sumber data, dan temuan pemeriksaan kualitas data.",
            text);
    }

    [Fact]
    public void Write_UnitScope_SpeaksOfTheUnitAndItsIndicators()
    {
        using var unit = new LkjipDocument(SampleLkjipFacts.Create() with { Scope = ReportScope.Unit("PSAA", UnitName) });

        var text = LkjipChapter.Paragraphs(unit.Body, BabI);

        Assert.Contains(text, p => p.Contains($"Sebagai unit pelaksana teknis {Office}, {UnitName} turut memenuhi kewajiban "
            + $"tersebut melalui Laporan Kinerja {UnitName} Tahun 2024 yang", StringComparison.Ordinal));
        Assert.Contains(text, p => p.StartsWith("Laporan ini memuat 2 sasaran yang diukur dengan 4 indikator kinerja. ",
            StringComparison.Ordinal));
        Assert.Contains(text, p => p.Contains("\tIndikator kinerja adalah ukuran keberhasilan sasaran yang ditetapkan bagi "
            + UnitName, StringComparison.Ordinal));
        Assert.DoesNotContain(text, p => p.Contains("(IKU)", StringComparison.Ordinal));
        Assert.Contains(text, p => p.Contains("Unit Pelaksana Teknis Daerah (UPTD)", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_BidangScope_SpeaksOfItAsPartOfTheOfficeWithoutTheUptdEntry()
    {
        const string Bidang = "Bidang Perlindungan dan Jaminan Sosial";
        var facts = SampleLkjipFacts.Create() with { Scope = ReportScope.Unit("LINJAMSOS", Bidang, "bidang") };
        using var unit = new LkjipDocument(facts);

        var text = LkjipChapter.Paragraphs(unit.Body, BabI);

        Assert.Contains(text, p => p.Contains($"Sebagai bagian dari {Office}, {Bidang} turut memenuhi kewajiban tersebut",
            StringComparison.Ordinal));
        Assert.DoesNotContain(text, p => p.Contains("Unit Pelaksana Teknis Daerah (UPTD)", StringComparison.Ordinal));
    }

    private IReadOnlyList<string> Paragraphs() => LkjipChapter.Paragraphs(document.Body, BabI);

    private List<string> Numbered() =>
        [.. Paragraphs().SkipWhile(p => p != "C. Dasar Hukum").TakeWhile(p => p != "D. Pengertian").Skip(2)];
}
