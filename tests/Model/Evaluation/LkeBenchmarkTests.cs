using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Model.Tests.Evaluation;

public sealed class LkeBenchmarkTests
{
    private static readonly Rubric Guideline = WorksheetBuilder.Shipped(RubricCatalog.Guideline);

    [Fact]
    public void Build_ThreeUnits_RanksByTotalWithTiesSharingARank()
    {
        var results = new[] { Scored("SEKRE", "A"), Scored("PSAA", "B"), Scored("PB", "B") };

        var evaluation = LkeBenchmark.Build(2025, results, [], _ => []);

        Assert.Equal([("SEKRE", 1), ("PB", 2), ("PSAA", 2)], evaluation.Units.Select(u => (u.UnitCode, u.Rank)));
    }

    [Fact]
    public void Build_UnitWithLastYear_GivesTheChangeOfTotalAndComponents()
    {
        var lastYear = Scored("PSAA", "C", 2024);

        var unit = LkeBenchmark.Build(2025, [Scored("PSAA", "B")], [lastYear], _ => []).Units.Single();

        // Every answer B gives 75,02 and every answer C 50,00; component 2 goes from 12,50 to 18,76.
        Assert.Equal((25.02m, 6.26m), (unit.Change!.Value, unit.ChangeOf("2")!.Value));
    }

    [Fact]
    public void Build_SubComponentEveryUnitAnsweredLow_ComesFirstAmongTheWeakest()
    {
        var results = new[] { Scored("SEKRE", "A", answers: ("1.b.2", "D")), Scored("PSAA", "A", answers: ("1.b.2", "E")) };

        var weakest = LkeBenchmark.Build(2025, results, [], _ => []).Weakest[0];

        Assert.Equal(("1.b.2", 2, 1.25m, 17.50m), (weakest.Rubric.Number, weakest.Units, weakest.MeanScore, weakest.PointsLost));
    }

    private static LkeResult Scored(string unit, string answer, int year = 2025, (string Node, string Answer)? answers = null)
    {
        var builder = new WorksheetBuilder(Guideline, answer) { Unit = unit, Year = year };
        if (answers is { } a)
            builder.Answers(a.Node, a.Answer, a.Answer);

        return LkeScorer.Score(builder.Build(), Guideline);
    }
}
