namespace SakipAnalytics.Model.Evaluation;

/// <summary>One unit's evaluated LKE worksheet for one year, as loaded.</summary>
public sealed record LkeWorksheet(string FileName, string UnitCode, string UnitName, string UnitKind, int Year,
    IReadOnlyList<LkeEntry> Entries)
{
    /// <summary>The number the evaluator's final total is stored under.</summary>
    public const string TotalNumber = "NILAI AKHIR";

    public IEnumerable<LkeEntry> Criteria => Entries.Where(e => e.IsCriterion);

    public LkeEntry? Entry(string number) => Entries.FirstOrDefault(e => e.Number == number);

    public LkeEntry? Total => Entry(TotalNumber);

    /// <summary>The rows directly under a node: <c>1.a.1</c>, <c>1.a.2</c> under <c>1.a</c>.</summary>
    public IEnumerable<LkeEntry> Under(string number) => Entries.Where(e =>
        e.Number.StartsWith(number + ".", StringComparison.Ordinal) && Dots(e.Number) == Dots(number) + 1);

    private static int Dots(string number) => number.Count(c => c == '.');
}
