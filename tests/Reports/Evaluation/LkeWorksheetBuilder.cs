using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Reports.Tests.Evaluation;

/// <summary>
/// Builds a unit's LKE worksheet the way its file would hold it: a shipped rubric's tree with its
/// weights, two criteria under each sub-component answered as told (the default answer otherwise),
/// and the evaluator's figures and notes only where a test writes them.
/// </summary>
internal sealed class LkeWorksheetBuilder(
    string unit, string unitName, int year, string defaultAnswer, string rubric = RubricCatalog.Guideline)
{
    private readonly Dictionary<string, string[]> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _stated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _notes = new(StringComparer.Ordinal);

    public Rubric Rubric { get; } = RubricCatalog.All.Single(r => r.Id == rubric);

    public string FileName => $"LKE {year} {unit}.xlsx";

    /// <summary>The answers of the criteria under a sub-component, in order.</summary>
    public LkeWorksheetBuilder Answers(string subComponent, params string[] answers)
    {
        _answers[subComponent] = answers;
        return this;
    }

    /// <summary>The evaluator's figure on a node's row, or on NILAI AKHIR.</summary>
    public LkeWorksheetBuilder Stated(string number, decimal value)
    {
        _stated[number] = value;
        return this;
    }

    /// <summary>The evaluator's note (catatan) on a criterion.</summary>
    public LkeWorksheetBuilder Note(string criterion, string catatan)
    {
        _notes[criterion] = catatan;
        return this;
    }

    public LkeResult Score() => LkeScorer.Score(Build(), Rubric);

    public LkeWorksheet Build()
    {
        var entries = new List<LkeEntry>();
        foreach (var node in Rubric.Nodes)
        {
            entries.Add(Entry(node.Number, node.Title, node.Weight, null, entries.Count));
            if (node.IsSubComponent)
                entries.AddRange(Criteria(node, entries.Count));
        }

        entries.Add(Entry(LkeWorksheet.TotalNumber, LkeWorksheet.TotalNumber, 100, null, entries.Count));
        return new LkeWorksheet(FileName, unit, unitName, "uptd", year, entries);
    }

    private IEnumerable<LkeEntry> Criteria(RubricNode node, int first) =>
        (_answers.GetValueOrDefault(node.Number) ?? [defaultAnswer, defaultAnswer])
            .Select((answer, i) => Entry($"{node.Number}.{i + 1}", $"Kriteria {i + 1}", null, answer, first + i));

    private LkeEntry Entry(string number, string title, decimal? weight, string? answer, int index) => new(
        number, number.Count(c => c == '.') + 1, title, weight, answer, _stated.TryGetValue(number, out var v) ? v : null,
        _notes.GetValueOrDefault(number), new SourceRef(FileName, "LKE", 6 + index));
}
