using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The components the office's ranking shows a column for: every component number any unit's
/// rubric has, in order, with each title and weight the rubrics give it.
/// </summary>
internal sealed record ComponentColumns(IReadOnlyList<IGrouping<string, RubricNode>> Components)
{
    public static ComponentColumns Of(OfficeEvaluation evaluation) => new(
        [
            .. evaluation.Units.SelectMany(u => u.Result.Rubric.Components)
                .DistinctBy(c => (c.Number, c.Title, c.Weight))
                .GroupBy(c => c.Number)
                .OrderBy(g => g.Key, StringComparer.Ordinal),
        ]);

    public IEnumerable<string> Numbers => Components.Select(c => c.Key);

    /// <summary>The short header of a component's column: "K1".</summary>
    public static string Header(string number) => "K" + number;

    /// <summary>
    /// "K1 = Perencanaan Kinerja (bobot 30); K2 = Pengukuran Kinerja (bobot 30 atau 25); ...", naming each rubric's
    /// version of a component.
    /// </summary>
    public string Legend() => string.Join("; ", Components.Select(c => $"{Header(c.Key)} = {Versions(c)}"));

    private static string Versions(IEnumerable<RubricNode> component) => string.Join(" atau ", component
        .GroupBy(n => n.Title)
        .Select(t => $"{t.Key} (bobot {string.Join(" atau ", t.Select(n => ScoreText.Weight(n.Weight)))})"));
}
