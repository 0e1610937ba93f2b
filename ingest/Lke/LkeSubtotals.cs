using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Ingest.Lke;

/// <summary>
/// Recomputes an LKE worksheet from its answers and reports every subtotal or total the
/// evaluator wrote that differs: a node over criteria scores the mean of their answers times
/// its weight (rounded to two decimals), a node over nodes the sum of them, the total the sum
/// of the components.
/// </summary>
internal sealed class LkeSubtotals(IReadOnlyList<LkeRow> rows, IReadOnlyList<int> rowNumbers, string? sheet)
{
    private const decimal Tolerance = 0.01m;

    public void Report(FindingList findings)
    {
        // TODO(lke): the 88/2021 rubric (AA..E answers) is scored in the evaluation step (issue 7).
        if (rows.Any(r => r.Answer is { } a && LkeAnswerValue.Of(a) is null))
            return;

        var components = rows.Where(r => r.Depth == 1 && r.Answer is null).Select(c => Score(c, findings)).ToList();
        var total = new NodeScore(components.Sum(c => c.Rounded), components.Sum(c => c.Exact));
        var stated = rows.Select((r, i) => (Row: r, Index: i)).FirstOrDefault(x => x.Row.Number == LkeLoader.TotalNumber);
        if (stated.Row is not null)
            Compare(stated.Row, rowNumbers[stated.Index], total, findings);
    }

    private NodeScore Score(LkeRow node, FindingList findings)
    {
        var children = rows.Where(r => Parent(r.Number) == node.Number).ToList();
        var criteria = children.Where(c => c.Answer is not null).ToList();
        var score = criteria.Count > 0 && criteria.Count == children.Count
            ? NodeScore.Of(criteria.Average(c => LkeAnswerValue.Of(c.Answer!)!.Value) * (node.Weight ?? 0m))
            : Sum(children.Where(c => c.Answer is null).Select(c => Score(c, findings)).ToList());
        Compare(node, RowOf(node), score, findings);
        return score;
    }

    private static NodeScore Sum(List<NodeScore> parts) => new(parts.Sum(p => p.Rounded), parts.Sum(p => p.Exact));

    private void Compare(LkeRow node, int row, NodeScore computed, FindingList findings)
    {
        if (node.EvaluatorValue is not { } stated || computed.Matches(stated, Tolerance))
            return;

        findings.Warning(
            $"Nilai evaluator untuk {Name(node)} tidak sesuai dengan jawaban di bawahnya",
            sheet,
            row,
            LkeLayout.Value.Name,
            IndonesianFormat.Number(stated),
            IndonesianFormat.Number(computed.Rounded) + " menurut jawaban dan bobot");
    }

    private static string Name(LkeRow node) => node.Number == node.Title ? node.Title : $"{node.Number} {node.Title}";

    private int RowOf(LkeRow node) => rowNumbers[IndexOf(node)];

    private int IndexOf(LkeRow node)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (ReferenceEquals(rows[i], node))
                return i;
        }

        return -1;
    }

    private static string? Parent(string number) =>
        number.LastIndexOf('.') is var dot and > 0 ? number[..dot] : null;
}
