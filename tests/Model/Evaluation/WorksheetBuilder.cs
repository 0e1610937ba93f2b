using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Model.Tests.Evaluation;

/// <summary>
/// Builds a worksheet as a unit's file would hold it: the rubric's tree with its weights, two
/// criteria under each sub-component answered as told (the default answer otherwise), and the
/// evaluator's figures only where a test writes them.
/// </summary>
internal sealed class WorksheetBuilder(Rubric rubric, string defaultAnswer)
{
    private readonly Dictionary<string, string[]> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _stated = new(StringComparer.Ordinal);

    public string Unit { get; init; } = "PSAA";
    public string UnitKind { get; init; } = "uptd";
    public int Year { get; init; } = 2025;

    public static WorksheetBuilder Guideline(string answer = "B") => new(Shipped(RubricCatalog.Guideline), answer);

    public static Rubric Shipped(string id) => RubricCatalog.All.Single(r => r.Id == id);

    /// <summary>The criteria under a sub-component and their answers.</summary>
    public WorksheetBuilder Answers(string subComponent, params string[] answers)
    {
        _answers[subComponent] = answers;
        return this;
    }

    /// <summary>The evaluator's figure on a node's row, or on NILAI AKHIR.</summary>
    public WorksheetBuilder Stated(string number, decimal value)
    {
        _stated[number] = value;
        return this;
    }

    public LkeWorksheet Build()
    {
        var entries = new List<LkeEntry>();
        foreach (var node in rubric.Nodes)
        {
            entries.Add(Entry(node.Number, node.Title, node.Weight, null, entries.Count));
            if (node.IsSubComponent)
                entries.AddRange(Criteria(node, entries.Count));
        }

        entries.Add(Entry(LkeWorksheet.TotalNumber, LkeWorksheet.TotalNumber, 100, null, entries.Count));
        return new LkeWorksheet($"LKE {Year} {Unit}.xlsx", Unit, Unit, UnitKind, Year, entries);
    }

    private IEnumerable<LkeEntry> Criteria(RubricNode node, int first) =>
        (_answers.GetValueOrDefault(node.Number) ?? [defaultAnswer, defaultAnswer])
            .Select((answer, i) => Entry($"{node.Number}.{i + 1}", $"Kriteria {i + 1}", null, answer, first + i));

    private LkeEntry Entry(string number, string title, decimal? weight, string? answer, int index) => new(
        number, number.Count(c => c == '.') + 1, title, weight, answer, _stated.TryGetValue(number, out var v) ? v : null, null,
        new SourceRef($"LKE {Year} {Unit}.xlsx", "LKE", 6 + index));
}
