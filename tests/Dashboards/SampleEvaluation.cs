using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Dashboards.Tests;

/// <summary>
/// A 2025 evaluation of two units under the guideline's rubric: SEKRE answered A throughout
/// (100), REHSOS B throughout (75,02) with last year's C (50,00) and an evaluator total of 80.
/// </summary>
internal static class SampleEvaluation
{
    private static readonly Rubric Guideline = RubricCatalog.All.Single(r => r.Id == RubricCatalog.Guideline);

    public static OfficeEvaluation Of2025()
    {
        var results = new[] { Scored("SEKRE", "Sekretariat", "A", 2025), Scored("REHSOS", "Bidang Rehabilitasi Sosial", "B", 2025, 80m) };
        return LkeBenchmark.Build(2025, results, [Scored("REHSOS", "Bidang Rehabilitasi Sosial", "C", 2024)], _ => []);
    }

    private static LkeResult Scored(string unit, string name, string answer, int year, decimal? statedTotal = null)
    {
        var file = $"LKE {year} {unit}.xlsx";
        var total = new LkeEntry(
            LkeWorksheet.TotalNumber, 0, LkeWorksheet.TotalNumber, 100, null, statedTotal, null, new SourceRef(file, "LKE", 72));
        var entries = Guideline.Nodes.SelectMany(node => Rows(node, answer, file)).Append(total);
        return LkeScorer.Score(new LkeWorksheet(file, unit, name, "bidang", year, [.. entries]), Guideline);
    }

    private static IEnumerable<LkeEntry> Rows(RubricNode node, string answer, string file)
    {
        yield return new LkeEntry(node.Number, node.Number.Count(c => c == '.') + 1, node.Title, node.Weight, null, null, null,
            new SourceRef(file, "LKE", 6));
        if (node.IsSubComponent)
            yield return new LkeEntry($"{node.Number}.1", 4, "Kriteria", null, answer, null, null, new SourceRef(file, "LKE", 7));
    }
}
