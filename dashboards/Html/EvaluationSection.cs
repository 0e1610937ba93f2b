using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// The units' internal evaluation (LKE) benchmark: each unit's recomputed total, predikat, change
/// from the year before and findings, ranked; and the sub-components where the units together
/// lost the most points.
/// </summary>
internal static class EvaluationSection
{
    public const string RankingId = "tabel-lke";
    public const string WeakestId = "tabel-lke-terlemah";

    private static readonly Column[] WeakestColumns =
    [
        Column.Code("No"), Column.Text("Sub komponen"), Column.Figure("Bobot"), Column.Figure("Rata-rata nilai"),
        Column.Figure("% bobot"), Column.Figure("Poin hilang di semua unit"),
    ];

    public static string Render(DashboardFacts facts) => facts.Evaluation is not { Units.Count: > 0 } evaluation
        ? string.Empty
        : $"""
          <section class="evaluation">
          <h2>Evaluasi akuntabilitas kinerja internal {evaluation.Year}</h2>
          <p class="note">{HtmlText.Encode(Note(evaluation))}</p>
          {Ranking(evaluation)}<h3>Sub komponen terlemah di semua unit</h3>
          <p class="note">Tempat pembinaan paling menaikkan nilai kantor: poin yang hilang dijumlahkan dari semua unit.</p>
          {TableMarkup.Render(WeakestId, WeakestColumns, evaluation.Weakest.Select(WeakRow))}</section>

          """;

    private static string Ranking(OfficeEvaluation evaluation) =>
        TableMarkup.Render(RankingId, RankingColumns(evaluation), evaluation.Units.Select(Row));

    private static string Note(OfficeEvaluation evaluation) =>
        "Nilai setiap lembar kerja LKE dihitung ulang dari jawaban evaluator (rubrik "
        + string.Join(", ", evaluation.Units.Select(u => u.Result.Rubric.Id).Distinct()) + "); predikat AA di atas 90, A di atas 80, "
        + "BB di atas 70, B di atas 60, CC di atas 50, C di atas 30, selebihnya D.";

    private static Column[] RankingColumns(OfficeEvaluation evaluation) =>
    [
        Column.Figure("Peringkat"), Column.Text("Unit"), Column.Figure("Nilai akhir"), new("Predikat"),
        Column.Figure($"Perubahan dari {evaluation.Year - 1}"), new("Temuan"),
    ];

    private static Row Row(UnitEvaluation unit) => new($"Sumber: {unit.Result.Worksheet.FileName}",
    [
        Cell.Text(unit.Rank.ToString(IndonesianFormat.CultureInfo)),
        Cell.Text(unit.UnitName),
        Cell.Text(IndonesianFormat.Number(unit.Result.Total), Total(unit.Result)),
        new Cell(Badge.Of($"{unit.Result.Grade.Grade} ({unit.Result.Grade.Label})", GradeTone(unit.Result.Grade.Grade))),
        Cell.Text(Change(unit)),
        Cell.Text(Findings(unit)),
    ]);

    private static string Total(LkeResult result) =>
        "Nilai akhir = jumlah nilai komponen = "
        + string.Join(" + ", result.Components.Select(c => $"{c.Number} {c.Title} {IndonesianFormat.Number(c.Score)}"))
        + $" = {IndonesianFormat.Number(result.Total)}\nSumber: {result.Worksheet.FileName}";

    private static string Change(UnitEvaluation unit) => unit.Change switch
    {
        null => FigureText.Missing,
        > 0 and var up => "+" + IndonesianFormat.Number(up),
        var change => IndonesianFormat.Number(change.Value),
    };

    private static string Findings(UnitEvaluation unit)
    {
        var differences = unit.Result.Differences.Count;
        var contradictions = unit.Checks.Count(c => c.Verdict == CheckVerdict.Contradicts);
        string[] parts =
        [
            differences > 0 ? $"{differences} nilai evaluator tidak sesuai jawaban" : "",
            contradictions > 0 ? $"{contradictions} jawaban Capaian Kinerja bertentangan dengan data" : "",
        ];
        return parts.Any(p => p.Length > 0) ? string.Join("; ", parts.Where(p => p.Length > 0)) : "tidak ada";
    }

    private static Row WeakRow(WeakSubComponent weak) => new($"{weak.Units} unit dinilai pada sub komponen ini",
    [
        Cell.Text(weak.Rubric.Number),
        Cell.Text(weak.Rubric.Title),
        Cell.Text(IndonesianFormat.Figure(weak.Rubric.Weight)),
        Cell.Text(IndonesianFormat.Number(weak.MeanScore)),
        Cell.Text(IndonesianFormat.Percent(weak.MeanAttainment * 100)),
        Cell.Text(IndonesianFormat.Number(weak.PointsLost)),
    ]);

    // The upper grades read as good, the middle ones as needing attention, C and D as poor.
    private static Tone GradeTone(string grade) => grade switch
    {
        "AA" or "A" or "BB" => Tone.Good,
        "B" or "CC" => Tone.Warning,
        _ => Tone.Bad,
    };
}
