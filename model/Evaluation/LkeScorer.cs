using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// Scores a worksheet under a rubric from its answers alone. A sub-component scores the mean
/// worth of its criteria times its weight, rounded half up to two decimals; a component sums its
/// parts and the total the components. An evaluator's figure is accepted when some way of rounding
/// gives it (<see cref="EvaluatorRounding"/>): rounding alone never counts as a difference, and a
/// figure off by even one cent otherwise does.
/// </summary>
public static class LkeScorer
{
    // The NILAI AKHIR row scored like a node, so the evaluator's total is compared the same way.
    private static readonly RubricNode TotalNode = new(LkeWorksheet.TotalNumber, LkeWorksheet.TotalNumber, 100, [], null);

    public static LkeResult Score(LkeWorksheet worksheet, Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(worksheet);
        ArgumentNullException.ThrowIfNull(rubric);

        var scoring = new Scoring(worksheet, rubric);
        var components = rubric.Components.Select(scoring.Score).ToList();
        var total = new ScoredNode(TotalNode, components.Sum(c => c.Score), components.Sum(c => c.Exact), worksheet.Total, [])
        {
            Parts = components,
        };
        scoring.Compare(total, LkeWorksheet.TotalNumber);
        scoring.ReportUnknownNodes();
        return new LkeResult(
            worksheet, rubric, scoring.Nodes, total.Score, rubric.Grade(total.Score), scoring.Differences, scoring.Problems);
    }

    private sealed class Scoring(LkeWorksheet worksheet, Rubric rubric)
    {
        public List<ScoredNode> Nodes { get; } = [];
        public List<EvaluatorDifference> Differences { get; } = [];
        public List<WorksheetProblem> Problems { get; } = [];

        public ScoredNode Score(RubricNode node)
        {
            var entry = worksheet.Entry(node.Number);
            CheckWeight(node, entry);
            var scored = node.IsSubComponent ? SubComponent(node, entry) : Parent(node, entry);
            Compare(scored, $"{node.Number} {node.Title}");
            return scored;
        }

        private ScoredNode Parent(RubricNode node, LkeEntry? entry)
        {
            var index = Nodes.Count;
            var parts = node.Parts.Select(Score).ToList();
            var scored = new ScoredNode(node, parts.Sum(p => p.Score), parts.Sum(p => p.Exact), entry, []) { Parts = parts };
            Nodes.Insert(index, scored);
            return scored;
        }

        private ScoredNode SubComponent(RubricNode node, LkeEntry? entry)
        {
            var criteria = worksheet.Under(node.Number).ToList();
            if (criteria.Count == 0)
                Problem($"Sub komponen {node.Number} {node.Title} tidak ada atau tanpa kriteria di lembar kerja", entry ?? Parent(node),
                    WorksheetColumns.Number, null, $"baris {node.Number} dengan kriteria {node.Number}.1 dan seterusnya");

            // Multiplied before dividing: (0,75 + 0,5 + 0,5) × 7,5 / 3 is 4,375 exactly, and rounds to 4,38.
            var worth = criteria.Select(Worth).ToList();
            var exact = worth.Count == 0 ? 0 : worth.Sum() * node.Weight / worth.Count;
            var scored = new ScoredNode(node, Math.Round(exact, 2, MidpointRounding.AwayFromZero), exact, entry, criteria);
            Nodes.Add(scored);
            return scored;
        }

        // An unanswered criterion, or one the rubric does not know, is worth nothing and is reported.
        private decimal Worth(LkeEntry criterion)
        {
            if (criterion.Answer is null)
            {
                Problem($"Kriteria {criterion.Number} belum dijawab; dihitung 0", criterion, WorksheetColumns.Answer, null,
                    rubric.AnswerList);
                return 0;
            }

            if (rubric.Value(criterion.Answer) is { } value)
                return value;

            Problem($"Jawaban kriteria {criterion.Number} tidak dikenal rubrik {rubric.Id}; dihitung 0", criterion, WorksheetColumns.Answer,
                criterion.Answer, rubric.AnswerList);
            return 0;
        }

        public void Compare(ScoredNode scored, string name)
        {
            if (scored.Entry?.EvaluatorValue is not { } stated)
                return;

            if (!EvaluatorRounding.Accepted(scored).Contains(Math.Round(stated, 2, MidpointRounding.AwayFromZero)))
                Differences.Add(new EvaluatorDifference(scored.Number, name, stated, scored.Score, scored.Entry.Source));
        }

        private void CheckWeight(RubricNode node, LkeEntry? entry)
        {
            if (entry?.Weight is { } weight && weight != node.Weight)
                Problem($"Bobot {node.Number} {node.Title} berbeda dari rubrik {rubric.Id}; dipakai bobot rubrik", entry,
                    WorksheetColumns.Weight, IndonesianFormat.Figure(weight), IndonesianFormat.Figure(node.Weight), blocking: false);
        }

        /// <summary>Worksheet components and sub-components the rubric does not have: their criteria count for nothing.</summary>
        public void ReportUnknownNodes()
        {
            var known = rubric.Nodes.Select(n => n.Number).ToHashSet(StringComparer.Ordinal);
            var criteria = Nodes.SelectMany(n => n.Criteria).ToHashSet();
            foreach (var entry in worksheet.Entries.Where(e => e.Number != LkeWorksheet.TotalNumber && !known.Contains(e.Number)
                         && !criteria.Contains(e) && !e.IsCriterion))
                Problem($"Baris {entry.Number} {entry.Title} tidak ada di rubrik {rubric.Id}; tidak dinilai", entry,
                    WorksheetColumns.Number,
                    entry.Number, "nomor komponen atau sub komponen rubrik " + rubric.Id);
        }

        private void Problem(string message, LkeEntry? entry, string column, string? found, string? expected, bool blocking = true) =>
            Problems.Add(new WorksheetProblem(message, entry?.Source, column, found, expected, blocking));

        // A sub-component the worksheet lacks is reported on its component's row, the nearest one there is.
        private LkeEntry? Parent(RubricNode node) =>
            node.Number.LastIndexOf('.') is var dot and > 0 ? worksheet.Entry(node.Number[..dot]) : null;
    }
}
