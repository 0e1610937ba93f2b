using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The "Rekomendasi" section of a unit's report: for each of the sub-components the unit attained
/// least of, its score, the rubric's advice, and the criteria answered lowest with the evaluator's notes.
/// </summary>
internal static class Recommendations
{
    public const string Section = "5";

    /// <summary>How many sub-components get a recommendation.</summary>
    public const int Count = 3;

    private const int CriteriaShown = 3;

    public static void Append(EvaluationDocument document, UnitEvaluation unit)
    {
        document.Append(Heading.Section($"{Section}. Rekomendasi"));
        var weakest = unit.Weakest(Count).Where(s => s.Attainment < 1).ToList();
        if (weakest.Count == 0)
        {
            document.AppendPlain("Setiap sub komponen mencapai bobot penuh; tidak ada rekomendasi perbaikan.");
            return;
        }

        document.AppendPlain($"Rekomendasi berikut ditujukan pada {weakest.Count} sub komponen dengan capaian bobot terendah, "
            + "tempat perbaikan paling menaikkan nilai.");
        foreach (var node in weakest)
            AppendOne(document, node, unit);
    }

    private static void AppendOne(EvaluationDocument document, ScoredNode node, UnitEvaluation unit)
    {
        document.Append(
            Heading.Subsection($"{node.Number} {node.Title}"),
            BodyText.Plain($"Nilai {ScoreText.Score(node.Score)} dari bobot {ScoreText.Weight(node.Weight)} "
                + $"({IndonesianFormat.Percent(node.Attainment * 100)} dari bobot)."),
            BodyText.LeadIn("Rekomendasi:", node.Rubric.Advice ?? "rubrik tidak memuat saran untuk sub komponen ini."));

        var lowest = Lowest(node, unit.Result.Rubric);
        if (lowest.Count == 0)
            return;

        document.Append(BodyText.Label("Kriteria dengan jawaban terendah:"));
        foreach (var (criterion, index) in lowest.Select((c, i) => (c, i + 1)))
            document.Append(ListItem.Of(ListItem.Letter(index), Describe(criterion) + Data(criterion, unit)));
    }

    /// <summary>The criteria under a sub-component worth least, unanswered ones first, short of full marks.</summary>
    public static IReadOnlyList<LkeEntry> Lowest(ScoredNode node, Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(rubric);

        return
        [
            .. node.Criteria
                .Select(c => (Criterion: c, Worth: c.Answer is { } answer ? rubric.Value(answer) ?? 0 : 0))
                .Where(c => c.Worth < 1)
                .OrderBy(c => c.Worth)
                .Take(CriteriaShown)
                .Select(c => c.Criterion),
        ];
    }

    // A Capaian Kinerja criterion also says what the office's data shows, so advice is read against it.
    private static string Data(LkeEntry criterion, UnitEvaluation unit) =>
        unit.Checks.FirstOrDefault(c => c.Criterion.Number == criterion.Number) is { } check
            ? $" Menurut data: {check.Evidence}."
            : string.Empty;

    /// <summary>"1.b.2.1 Kriteria 1: jawaban C. Catatan evaluator: ..."</summary>
    public static string Describe(LkeEntry criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);

        var note = string.IsNullOrWhiteSpace(criterion.Catatan)
            ? string.Empty
            : $" Catatan evaluator: {criterion.Catatan.Trim()}";
        return $"{CriterionText.Name(criterion)}: jawaban {CriterionText.Answer(criterion)}.{note}";
    }
}
