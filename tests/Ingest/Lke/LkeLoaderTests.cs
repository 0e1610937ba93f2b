using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Lke;

public sealed class LkeLoaderTests : IDisposable
{
    private readonly IngestHarness _harness = new();
    private readonly TempFolder _temp = new();

    [Fact]
    public void Load_EvaluatorSubtotalThatDoesNotAddUp_IsAWarningWithBothFigures()
    {
        var outcome = _harness.Load(RepositoryData.File("lke", "Hasil Evaluasi LKE PSAA Tahun 2025.xlsx"));

        var warning = Assert.Single(outcome.Findings, f => f.Severity == Severity.Warning);
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal((38, "11,46", "10,42 menurut jawaban dan bobot"), (warning.Row!.Value, warning.Found, warning.Expected));
        Assert.Contains("2.b Kualitas Pengukuran", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConsistentWorksheet_StoresEveryRowWithTheEvaluatorTotal()
    {
        var outcome = _harness.Load(RepositoryData.File("lke", "LKE 2024 PSAA.xlsx"));

        Assert.Empty(outcome.Findings);
        Assert.Equal(("PSAA", 2024), (outcome.UnitCode, outcome.Year!.Value));
        Assert.Equal(1, _harness.Store.Scalar<long>("SELECT count(*) FROM lke_row WHERE number = 'NILAI AKHIR'"));
    }

    [Fact]
    public void Load_Worksheet88Of2021WithATotalTheAnswersDoNotGive_ScoresItUnderThatSchemeAndSaysSo()
    {
        using var temp = new TempFolder();
        var worksheet = LkeCsv.For("UPTD Panti Sosial Asuhan Anak Budi Mulia", 2025, LkeCsv.Scheme2021("82,50"));
        var path = temp.Write("lke-psaa-2025.csv", worksheet);

        var outcome = _harness.Load(path);

        var warning = Assert.Single(outcome.Findings);
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal(("Nilai", "82,50", "81,20 menurut jawaban dan bobot"), (warning.Column, warning.Found, warning.Expected));
        Assert.Equal("Nilai evaluator untuk NILAI AKHIR tidak sesuai dengan jawaban di bawahnya", warning.Message);
    }

    [Fact]
    public void Load_AnswerOnlyTheOtherRubricKnows_RejectsTheFileNamingTheRow()
    {
        var path = Changed(("D13", "AA"));

        var outcome = _harness.Load(path);

        var error = Assert.Single(outcome.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.Equal((13, "Jawaban", "AA"), (error.Row!.Value, error.Column, error.Found));
        Assert.Equal("Jawaban kriteria 1.a.2.1 tidak dikenal rubrik 12/2015; dihitung 0", error.Message);
    }

    [Fact]
    public void Load_CriterionWithAnAnswerButNoNumber_RejectsTheFileNamingTheRow()
    {
        var outcome = _harness.Load(Changed(("A10", "")));

        var error = Assert.Single(outcome.Findings, f => f.Severity == Severity.Error);
        Assert.Equal((10, "No", "Baris berisi bobot, jawaban atau nilai tanpa nomor"), (error.Row!.Value, error.Column, error.Message));
    }

    [Fact]
    public void Load_NumberWrittenTwice_RejectsTheFileNamingTheSecondRow()
    {
        var outcome = _harness.Load(Changed(("A11", "1.a.1.2")));

        var error = Assert.Single(outcome.Findings, f => f.Severity == Severity.Error);
        Assert.Equal((11, "1.a.1.2", "Nomor 1.a.1.2 muncul lebih dari sekali"), (error.Row!.Value, error.Found, error.Message));
    }

    [Fact]
    public void Load_CriterionTitleMentioningNilaiAkhir_IsScoredAsACriterionNotTakenForTheTotal()
    {
        var outcome = _harness.Load(Changed(("B13", "Nilai akhir Renstra dipakai sebagai acuan"), ("E72", "95")));

        var warning = Assert.Single(outcome.Findings);
        Assert.Equal((72, "95,00"), (warning.Row!.Value, warning.Found));
    }

    [Fact]
    public void Load_NumbersWithAClosingDotOrCapitals_AreTheSameRows()
    {
        var outcome = _harness.Load(Changed(("A9", "1.A.1.1."), ("A12", "1.a.2.")));

        Assert.Empty(outcome.Findings);
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
    }

    public void Dispose()
    {
        _harness.Dispose();
        _temp.Dispose();
    }

    // The consistent PSAA 2024 worksheet with some cells of its sheet rewritten.
    private string Changed(params (string Cell, string Text)[] cells) => WorkbookCells.Replace(
        RepositoryData.File("lke", "LKE 2024 PSAA.xlsx"), Path.Combine(_temp.Path, "lke.xlsx"), "xl/worksheets/sheet1.xml", cells);
}
