using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Model.Tests.Evaluation;

public sealed class LkeScorerTests
{
    [Fact]
    public void Score_ThreeYesOfTenUnderWeightTen_ScoresThree()
    {
        var worksheet = WorksheetBuilder.Guideline().Answers("1.b.2", "Y", "Y", "Y", "T", "T", "T", "T", "T", "T", "T").Build();

        var result = LkeScorer.Score(worksheet, WorksheetBuilder.Shipped(RubricCatalog.Guideline));

        Assert.Equal(3.00m, result.Node("1.b.2")!.Score);
    }

    [Fact]
    public void Score_MeanThatIsExactlyHalfACent_RoundsUp()
    {
        // (0,75 + 0,5 + 0,5) / 3 x 7,5 = 4,375 exactly; dividing first would leave 4,37499… and round down.
        var worksheet = WorksheetBuilder.Guideline().Answers("3.b", "B", "C", "C").Build();

        var result = LkeScorer.Score(worksheet, WorksheetBuilder.Shipped(RubricCatalog.Guideline));

        Assert.Equal(4.38m, result.Node("3.b")!.Score);
        Assert.Equal(7m / 12m, result.Node("3.b")!.Attainment);
    }

    [Fact]
    public void Score_EveryAnswerB_SumsThreeQuartersOfEachWeightRoundedAndGradesBB()
    {
        var result = LkeScorer.Score(WorksheetBuilder.Guideline("B").Build(), WorksheetBuilder.Shipped(RubricCatalog.Guideline));

        // 2.b scores 12,5 x 0,75 = 9,375, shown 9,38; component 2 sums the shown parts 3,75 + 9,38 + 5,63.
        Assert.Equal([22.50m, 18.76m, 11.26m, 7.50m, 15.00m], result.Components.Select(c => c.Score));
        Assert.Equal(75.02m, result.Total);
        Assert.Equal("BB", result.Grade.Grade);
    }

    [Fact]
    public void Score_SubtotalThatDoesNotFollowFromItsAnswers_IsReportedWithBothFigures()
    {
        var worksheet = WorksheetBuilder.Guideline("Y").Answers("2.b", "B", "B", "A").Stated("2.b", 11.46m).Stated("2", 22.92m)
            .Stated(LkeWorksheet.TotalNumber, 97.92m).Build();

        var result = LkeScorer.Score(worksheet, WorksheetBuilder.Shipped(RubricCatalog.Guideline));

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("2.b", 11.46m, 10.42m), (difference.Number, difference.Stated, difference.Computed));
        Assert.Equal(("LKE 2025 PSAA.xlsx", "LKE"), (difference.Source.FileName, difference.Source.Sheet));
        Assert.Equal(97.92m, result.Total);
    }

    [Fact]
    public void Score_TotalRoundedOnceInsteadOfFromRoundedParts_IsNotADifference()
    {
        // Every answer B: the shown parts sum to 75,02, the exact parts to 75,00 as a spreadsheet formula gives.
        var worksheet = WorksheetBuilder.Guideline("B").Stated(LkeWorksheet.TotalNumber, 75.00m).Build();

        var result = LkeScorer.Score(worksheet, WorksheetBuilder.Shipped(RubricCatalog.Guideline));

        Assert.Empty(result.Differences);
        Assert.Equal(75.02m, result.Total);
    }

    [Fact]
    public void Score_SubtotalOneCentOff_IsADifference()
    {
        // B, B, A under 2.b: 12,5 x 2,5 / 3 = 10,4166..., which no rounding makes 10,43.
        var worksheet = WorksheetBuilder.Guideline("Y").Answers("2.b", "B", "B", "A").Stated("2.b", 10.43m).Build();

        var result = LkeScorer.Score(worksheet, WorksheetBuilder.Shipped(RubricCatalog.Guideline));

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("2.b", 10.43m, 10.42m), (difference.Number, difference.Stated, difference.Computed));
    }

    [Fact]
    public void Score_ComponentsRoundedHalfEvenOnceAndSummed_IsNotADifference()
    {
        // Every answer B: component 3 is 2,25 + 5,625 + 3,375 = 11,25 exactly; rounding each part half up gives 11,26.
        var worksheet = WorksheetBuilder.Guideline("B").Stated("3", 11.25m).Stated(LkeWorksheet.TotalNumber, 75.00m).Build();

        var result = LkeScorer.Score(worksheet, WorksheetBuilder.Shipped(RubricCatalog.Guideline));

        Assert.Empty(result.Differences);
        Assert.Equal(11.26m, result.Node("3")!.Score);
    }

    [Fact]
    public void Score_AnswerTheRubricDoesNotKnow_CountsNothingAndIsReported()
    {
        var worksheet = WorksheetBuilder.Guideline("Y").Answers("2.a", "Y", "BB").Build();

        var result = LkeScorer.Score(worksheet, WorksheetBuilder.Shipped(RubricCatalog.Guideline));

        Assert.Equal(2.50m, result.Node("2.a")!.Score);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("BB", "Jawaban kriteria 2.a.2 tidak dikenal rubrik 12/2015; dihitung 0"), (problem.Found, problem.Message));
    }

    [Fact]
    public void Score_Worksheet88Of2021_UsesItsAnswersAndWeights()
    {
        var builder = new WorksheetBuilder(WorksheetBuilder.Shipped(RubricCatalog.Scheme2021), "BB").Answers("1.a", "AA", "A");
        var worksheet = builder.Build();

        var rubric = RubricCatalog.For(worksheet);
        var result = LkeScorer.Score(worksheet, rubric);

        Assert.Equal("88/2021", rubric.Id);
        Assert.Equal(5.70m, result.Node("1.a")!.Score);
        // 1.a: (1 + 0,9) / 2 x 6; every other answer BB is worth 0,8 of its weight.
        Assert.Equal([24.90m, 24.00m, 12.00m, 20.00m], result.Components.Select(c => c.Score));
        Assert.Equal(("A", "Memuaskan"), (result.Grade.Grade, result.Grade.Label));
    }

    [Fact]
    public void For_GuidelineWorksheetWithLettersAToE_ChoosesTheGuideline()
    {
        var worksheet = WorksheetBuilder.Guideline("C").Answers("1.a.1", "Y", "T").Build();

        Assert.Equal(RubricCatalog.Guideline, RubricCatalog.For(worksheet).Id);
    }
}
