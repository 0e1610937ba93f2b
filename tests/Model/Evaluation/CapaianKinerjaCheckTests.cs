using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Model.Tests.Evaluation;

public sealed class CapaianKinerjaCheckTests
{
    private static readonly Dictionary<string, string> Kinds = new() { ["PSAA"] = "uptd", ["PSBL"] = "uptd", ["PSTW"] = "uptd" };

    [Fact]
    public void Check_TargetOutputAnsweredAWhenHalfTheOutputsMissed_ContradictsTheData()
    {
        var worksheet = WorksheetBuilder.Guideline().Answers("5.a", "A").Build();
        var evidence = new CapaianEvidence([Result("PSAA.01", "PSAA", 2025, 86.25m), Result("PSAA.02", "PSAA", 2025, 103.91m)], [], Kinds);

        var check = Checks(worksheet, evidence).Single(c => c.Kind == CapaianCheckKind.OutputTarget);

        Assert.Equal((1m, 0.5m, "C", CheckVerdict.Contradicts), (check.AnswerWorth, check.Share, check.DataAnswer, check.Verdict));
        Assert.Equal("1 dari 2 indikator output mencapai target (PSAA.01 86,25%; PSAA.02 103,91%)", check.Evidence);
    }

    [Fact]
    public void Check_AnswerOneStepFromTheData_Agrees()
    {
        var worksheet = WorksheetBuilder.Guideline().Answers("5.a", "B").Build();
        var evidence = new CapaianEvidence([Result("PSAA.01", "PSAA", 2025, 101m), Result("PSAA.02", "PSAA", 2025, 103.91m)], [], Kinds);

        var check = Checks(worksheet, evidence).Single(c => c.Kind == CapaianCheckKind.OutputTarget);

        Assert.Equal(("A", CheckVerdict.Agrees), (check.DataAnswer, check.Verdict));
    }

    [Fact]
    public void Check_BetterThanPeers_CountsTheSameKindOfUnitBeaten()
    {
        var worksheet = WorksheetBuilder.Guideline().Answers("5.c", "E").Build();
        var evidence = new CapaianEvidence(
            [Result("PSAA.01", "PSAA", 2025, 100m), Result("PSBL.01", "PSBL", 2025, 90m), Result("PSTW.01", "PSTW", 2025, 110m)],
            [],
            Kinds);

        var check = Checks(worksheet, evidence).Single(c => c.Kind == CapaianCheckKind.Peers);

        Assert.Equal((0.5m, CheckVerdict.Contradicts), (check.Share!.Value, check.Verdict));
        Assert.Equal("rata-rata capaian 100,00%, di atas 1 dari 2 unit UPTD lain (PSBL 90,00%; PSTW 110,00%)", check.Evidence);
    }

    [Fact]
    public void Check_UnitWithoutOutcomeIndicators_CannotBeTested()
    {
        var worksheet = WorksheetBuilder.Guideline().Build();
        var evidence = new CapaianEvidence([Result("PSAA.01", "PSAA", 2025, 100m)], [], Kinds);

        var check = Checks(worksheet, evidence).Single(c => c.Kind == CapaianCheckKind.OutcomeTarget);

        Assert.Equal((CheckVerdict.Untestable, (string?)null), (check.Verdict, check.DataAnswer));
    }

    private static IReadOnlyList<AnswerCheck> Checks(LkeWorksheet worksheet, CapaianEvidence evidence) =>
        CapaianKinerjaCheck.Check(LkeScorer.Score(worksheet, WorksheetBuilder.Shipped(RubricCatalog.Guideline)), evidence);

    private static IndicatorResult Result(string code, string unit, int year, decimal capaian) => new()
    {
        Code = code, Name = code, Satuan = "%", Polarity = Polarity.Positive, Jenis = "IKK", SasaranCode = "S1",
        SasaranName = "Sasaran", UnitCode = unit, Year = year, Month = 12, Target = Target.Number(100), AnnualTarget = Target.Number(100),
        TargetVersion = "Murni", Realisasi = Realisasi.Number(capaian), Capaian = CapaianResult.Of(capaian),
        Source = new SourceRef($"{unit}.xlsx", "Capaian", 8),
    };
}
