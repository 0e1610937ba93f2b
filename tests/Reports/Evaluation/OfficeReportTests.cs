using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Tests.Evaluation;

/// <summary>What the office's evaluation report says, read back from the file of <see cref="EvaluationSample"/>.</summary>
public sealed class OfficeReportTests(WrittenEvaluation written) : IClassFixture<WrittenEvaluation>
{
    private Body Office => written.Body("Evaluasi-SAKIP-2025.docx");

    [Fact]
    public void Head_OfficeReport_NamesTitleOfficeYearUnitsAndRubric()
    {
        var lines = ReportLines.Of(Office);

        Assert.Equal(
        [
            "Laporan Hasil Evaluasi Akuntabilitas Kinerja Internal",
            "Dinas Sosial Provinsi Nusa Tenggara Barat",
            "Tahun 2025",
            "Instansi: Dinas Sosial Provinsi Nusa Tenggara Barat",
            "Tahun yang dievaluasi: 2025",
            "Unit yang dievaluasi: 3 unit",
            "Rubrik: Pedoman evaluasi internal (skema PermenPAN-RB 12/2015)",
        ], lines.Take(7));
    }

    [Fact]
    public void Sections_OfficeReport_FollowTheBrief()
    {
        var sections = ReportLines.Headings(Office, "Heading2");

        Assert.Equal(
        [
            "1. Peringkat Unit", "2. Sub Komponen Terlemah", "3. Selisih Nilai Evaluator",
            "4. Jawaban Capaian Kinerja yang Bertentangan dengan Data",
        ], sections);
    }

    [Fact]
    public void RankingTable_ThreeUnits_InRankOrderWithComponentsAndChange()
    {
        var rows = ReportLines.Table(Office, "Tabel 1.1");

        Assert.Equal(
        [
            "Peringkat | Unit | Nilai akhir | Predikat | K1 | K2 | K3 | K4 | K5 | Perubahan dari tahun lalu",
            "1 | Sekretariat | 97,19 | AA | 30,00 | 25,00 | 12,19 | 10,00 | 20,00 | -",
            "2 | UPTD Panti Sosial Asuhan Anak | 71,27 | BB | 18,75 | 18,76 | 11,26 | 7,50 | 15,00 | +21,27",
            "3 | UPTD Panti Sosial Bina Remaja | 50,75 | CC | 15,00 | 12,50 | 7,50 | 4,50 | 11,25 | -",
        ], rows);
    }

    [Fact]
    public void Ranking_BestAndWeakestUnit_NamedWithScoreAndPredikat()
    {
        var text = ReportLines.Section(Office, "1. Peringkat Unit");

        Assert.Equal(
        [
            "Keterangan kolom: K1 = Perencanaan Kinerja (bobot 30); K2 = Pengukuran Kinerja (bobot 25); K3 = Pelaporan Kinerja "
                + "(bobot 15); K4 = Evaluasi Internal (bobot 10); K5 = Capaian Kinerja (bobot 20).",
            "Nilai tertinggi diraih oleh Sekretariat dengan nilai 97,19 dan predikat AA (Sangat Memuaskan), sedangkan nilai terendah "
                + "oleh UPTD Panti Sosial Bina Remaja dengan nilai 50,75 dan predikat CC (Cukup). Rata-rata nilai akhir 3 unit adalah "
                + "73,07. Dari 1 unit yang memiliki nilai tahun lalu, 1 unit naik.",
        ], text);
    }

    [Fact]
    public void WeakestTable_SubComponentsWherePointsWereLost_MostLostFirst()
    {
        var rows = ReportLines.Table(Office, "Tabel 2.1");
        var text = ReportLines.Section(Office, "2. Sub Komponen Terlemah");

        Assert.Equal("No | Sub komponen | Bobot | Rata-rata nilai | % bobot | Poin hilang di semua unit | Jumlah unit", rows[0]);
        Assert.Equal("1.b.2 | Kualitas RKT | 10 | 6,25 | 62,50 | 11,25 | 3", rows[1]);
        Assert.Equal(["1.b.2", "2.b", "3.b", "5.b", "2.c"], rows.Skip(1).Select(r => r.Split(" | ")[0]));
        Assert.Contains(
            "pembinaan di sub komponen inilah yang paling besar menaikkan nilai", Assert.Single(text), StringComparison.Ordinal);
    }

    [Fact]
    public void SelisihNilaiEvaluator_DifferencesAcrossUnits_ListUnitRowFiguresAndSource()
    {
        var rows = ReportLines.Table(Office, "Tabel 3.1");

        Assert.Equal(
        [
            "Unit | Baris | Nilai evaluator | Nilai dihitung ulang | Sumber",
            "UPTD Panti Sosial Bina Remaja | 2.b Kualitas Pengukuran | 7,50 | 6,25 | LKE 2025 PSBR.xlsx, sheet LKE, baris 31",
            "UPTD Panti Sosial Bina Remaja | NILAI AKHIR | 52,00 | 50,75 | LKE 2025 PSBR.xlsx, sheet LKE, baris 67",
        ], rows);
    }

    [Fact]
    public void Contradictions_AnswerTheDataContradicts_ListedWithUnitAnswerAndEvidence()
    {
        var rows = ReportLines.Table(Office, "Tabel 4.1");

        Assert.Equal(
        [
            "Unit | Kriteria | Jawaban | Jawaban setara data | Menurut data",
            "UPTD Panti Sosial Bina Remaja | 5.a.1 Kriteria 1 | A | D | 1 dari 4 indikator output mencapai target (IKK-5 104,00%; "
                + "IKK-6 80,00%; IKK-7 75,50%; IKK-8 60,00%)",
        ], rows);
    }

    [Fact]
    public void Write_OfficeReport_MatchesSnapshot()
    {
        CommittedSnapshot.Match(ReportLines.Of(Office));
    }
}
