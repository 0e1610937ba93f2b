using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Evaluation;

namespace SakipAnalytics.Reports.Tests.Evaluation;

/// <summary>What a unit's evaluation report says, read back from the files of <see cref="EvaluationSample"/>.</summary>
public sealed class UnitReportTests(WrittenEvaluation written) : IClassFixture<WrittenEvaluation>
{
    private Body Sek => written.Body("Evaluasi-SAKIP-SEK-2025.docx");

    private Body Psaa => written.Body("Evaluasi-SAKIP-PSAA-2025.docx");

    private Body Psbr => written.Body("Evaluasi-SAKIP-PSBR-2025.docx");

    [Fact]
    public void Head_UnitReport_NamesTitleUnitYearRubricAndDate()
    {
        var lines = ReportLines.Of(Psaa);

        Assert.Equal(
        [
            "Laporan Hasil Evaluasi Akuntabilitas Kinerja Internal",
            "UPTD Panti Sosial Asuhan Anak",
            "Tahun 2025",
            "Unit kerja: UPTD Panti Sosial Asuhan Anak",
            "Instansi: Dinas Sosial Provinsi Nusa Tenggara Barat",
            "Tahun yang dievaluasi: 2025",
            "Rubrik: Pedoman evaluasi internal (skema PermenPAN-RB 12/2015)",
            "Laporan ini disusun otomatis oleh SakipAnalytics pada 4 Desember 2026 dari lembar kerja evaluasi (LKE) yang dimuat; "
                + "setiap nilai dihitung ulang dari jawaban evaluator.",
        ], lines.Take(8));
    }

    [Fact]
    public void Ringkasan_UnitWithLastYear_StatesScorePredikatRankAndRise()
    {
        var summary = ReportLines.Section(Psaa, "1. Ringkasan");

        Assert.Equal(
            "Nilai akhir evaluasi akuntabilitas kinerja internal UPTD Panti Sosial Asuhan Anak tahun 2025 adalah 71,27 dengan "
            + "predikat BB (Sangat Baik), peringkat 2 dari 3 unit. Nilai ini naik 21,27 poin dari 50,00 pada 2024, "
            + "dengan predikat sebelumnya C (Kurang).",
            Assert.Single(summary));
    }

    [Fact]
    public void Ringkasan_UnitWithoutLastYear_SaysTheChangeCannotBeComputed()
    {
        var summary = ReportLines.Section(Psbr, "1. Ringkasan");

        Assert.Equal(
            "Nilai akhir evaluasi akuntabilitas kinerja internal UPTD Panti Sosial Bina Remaja tahun 2025 adalah 50,75 dengan "
            + "predikat CC (Cukup), peringkat 3 dari 3 unit. Lembar kerja tahun 2024 tidak tersedia, sehingga perubahan "
            + "dari tahun lalu tidak dapat dihitung.",
            Assert.Single(summary));
    }

    [Fact]
    public void ComponentTable_UnitWithLastYear_ShowsWeightScoreAttainmentLastYearAndChange()
    {
        var rows = ReportLines.Table(Psaa, "Tabel 2.1");

        Assert.Equal(
        [
            "No | Komponen | Bobot | Nilai | Capaian bobot (%) | Nilai tahun lalu (2024) | Perubahan",
            "1 | Perencanaan Kinerja | 30 | 18,75 | 62,50 | 15,00 | +3,75",
            "2 | Pengukuran Kinerja | 25 | 18,76 | 75,00 | 12,50 | +6,26",
            "3 | Pelaporan Kinerja | 15 | 11,26 | 75,00 | 7,50 | +3,76",
            "4 | Evaluasi Internal | 10 | 7,50 | 75,00 | 5,00 | +2,50",
            "5 | Capaian Kinerja | 20 | 15,00 | 75,00 | 10,00 | +5,00",
            "Nilai akhir | 100 | 71,27 | 71,27 | 50,00 | +21,27",
        ], rows);
    }

    [Fact]
    public void ComponentTable_UnitWithoutLastYear_LeavesLastYearAndChangeEmpty()
    {
        var rows = ReportLines.Table(Psbr, "Tabel 2.1");

        Assert.Equal("4 | Evaluasi Internal | 10 | 4,50 | 45,00 | - | -", rows[4]);
    }

    [Fact]
    public void SubComponentTable_EveryNode_ListedWithWeightScoreAndShareOfWeight()
    {
        var rows = ReportLines.Table(Psaa, "Tabel 2.2");

        Assert.Equal(1 + 25, rows.Count);
        Assert.Equal("No | Sub komponen | Bobot | Nilai | % bobot", rows[0]);
        Assert.Contains("1.b.2 | Kualitas RKT | 10 | 3,75 | 37,50", rows);
        Assert.Contains("3.c | Pemanfaatan pelaporan | 4,5 | 3,38 | 75,00", rows);
    }

    [Fact]
    public void Temuan_EvaluatorDifferencesAndUnknownAnswer_ListRowFiguresSourceAndProblem()
    {
        var differences = ReportLines.Table(Psbr, "Tabel 3.1");
        var text = ReportLines.Section(Psbr, "3. Temuan");

        Assert.Equal(
        [
            "No | Baris | Nilai evaluator | Nilai dihitung ulang | Sumber",
            "1 | 2.b Kualitas Pengukuran | 7,50 | 6,25 | LKE 2025 PSBR.xlsx, sheet LKE, baris 31",
            "2 | NILAI AKHIR | 52,00 | 50,75 | LKE 2025 PSBR.xlsx, sheet LKE, baris 67",
        ], differences);
        Assert.Equal(
            "1.Jawaban kriteria 4.a.2 tidak dikenal rubrik 12/2015; dihitung 0 (tertulis X; diharapkan Y, YA, T, TIDAK, A, B, C, D, E; "
            + "LKE 2025 PSBR.xlsx, sheet LKE, baris 50).",
            text[^1]);
    }

    [Fact]
    public void Temuan_CleanWorksheet_SaysThereIsNone()
    {
        var text = ReportLines.Section(Sek, "3. Temuan");

        Assert.Equal(
        [
            "Setiap subtotal dan nilai akhir yang ditulis evaluator sesuai dengan hasil hitung ulang dari jawaban.",
            "Lembar kerja sesuai dengan rubrik 12/2015: setiap kriteria terjawab dengan jawaban yang dikenal rubrik "
                + "dan setiap bobot sesuai.",
        ], text);
    }

    [Fact]
    public void UjiCapaianKinerja_AnswersHeldAgainstData_ShowEvidenceDataAnswerAndVerdictInWords()
    {
        var agreeing = ReportLines.Table(Psaa, "Tabel 4.1");
        var contradicted = ReportLines.Table(Psbr, "Tabel 4.1");

        Assert.Equal("Kriteria | Jawaban | Menurut data | Jawaban setara data | Kesimpulan", agreeing[0]);
        Assert.Equal(
            "5.c.1 Kriteria 1 | B | tidak ada unit uptd lain dengan capaian Desember 2025 untuk dibandingkan | - | Tidak dapat diuji",
            agreeing[2]);
        Assert.Equal(
            "5.a.1 Kriteria 1 | A | 1 dari 4 indikator output mencapai target (IKK-5 104,00%; IKK-6 80,00%; IKK-7 75,50%; "
            + "IKK-8 60,00%) | D | Bertentangan dengan data",
            contradicted[1]);
        Assert.Equal("Dari 2 kriteria yang diuji, 1 sesuai dan 1 tidak dapat diuji.",
            ReportLines.Section(Psaa, "4. Uji Capaian Kinerja terhadap Data")[^1]);
    }

    [Fact]
    public void Rekomendasi_WeakestSubComponent_GivesScoreAdviceAndLowestCriteriaWithCatatan()
    {
        var text = ReportLines.Section(Psaa, "5. Rekomendasi");

        Assert.Equal(
        [
            "Rekomendasi berikut ditujukan pada 3 sub komponen dengan capaian bobot terendah, tempat perbaikan paling menaikkan nilai.",
            "1.b.2 Kualitas RKT",
            "Nilai 3,75 dari bobot 10 (37,50% dari bobot).",
            "Rekomendasi: Perbaiki sasaran dan indikator Perjanjian Kinerja agar berorientasi hasil, SMART, selaras dengan Renstra "
                + "dan berjenjang sampai staf.",
            "Kriteria dengan jawaban terendah:",
            "a.1.b.2.2 Kriteria 2: jawaban D. Catatan evaluator: PK belum memuat indikator outcome.",
            "b.1.b.2.1 Kriteria 1: jawaban C.",
            "2.b Kualitas Pengukuran",
        ], text.Take(8));
        Assert.Equal(["1.b.2 Kualitas RKT", "2.b Kualitas Pengukuran", "5.b Kinerja yang dilaporkan (outcome)"],
            ReportLines.Headings(Psaa, "Heading3"));
    }

    [Fact]
    public void Rekomendasi_CapaianKinerjaCriterion_SaysWhatTheDataShows()
    {
        var result = new LkeWorksheetBuilder("PB", "Bidang Penanganan Bencana", EvaluationSample.Year, "A").Answers("5.a", "E").Score();
        var check = new AnswerCheck(result.Worksheet.Entry("5.a.1")!, CapaianCheckKind.OutputTarget, 0m, null, null,
            "unit tidak memiliki indikator output dengan capaian Desember yang dapat dihitung", CheckVerdict.Untestable);
        var evaluation = LkeBenchmark.Build(EvaluationSample.Year, [result], [], _ => [check]);
        var folder = Directory.CreateTempSubdirectory("lke-data-").FullName;

        try
        {
            var writer = new EvaluationWriter(new FixedClock(WrittenEvaluation.Now));
            var paths = writer.WriteToFolder(evaluation, EvaluationSample.Office, folder);
            var text = ReportLines.Section(WrittenEvaluation.ReadBody(paths[1]), "5. Rekomendasi");

            Assert.Contains("a.5.a.1 Kriteria 1: jawaban E. Menurut data: unit tidak memiliki indikator output dengan capaian Desember "
                + "yang dapat dihitung.", text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_UnitWithEveryKindOfFinding_MatchesSnapshot()
    {
        CommittedSnapshot.Match(ReportLines.Of(Psbr));
    }
}
