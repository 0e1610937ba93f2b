using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Cli.Summary;

/// <summary>
/// The evaluation of a year on the console, in Indonesian: the units ranked, each evaluator figure
/// the answers do not give (wrong totals first), the contradicted answers, and the files written.
/// </summary>
public static class EvaluationSummary
{
    public static void Write(EvaluationOutput written, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(output);

        var evaluation = written.Evaluation;
        var rubrics = string.Join(", ", evaluation.Units.Select(u => u.Result.Rubric.Id).Distinct());
        output.WriteLine($"Evaluasi akuntabilitas kinerja internal {evaluation.Year} (rubrik {rubrics}): {evaluation.Units.Count} unit");
        WriteMisfits(evaluation, output);
        WriteRanking(evaluation, output);
        WriteTotals(evaluation, output);
        WriteDifferences(evaluation, output);
        WriteContradictions(evaluation, output);
        foreach (var path in written.Paths)
            output.WriteLine($"Ditulis: {Path.GetFullPath(path)}");
    }

    // A worksheet that does not fit its rubric (another rubric forced on it, or a sheet filled in wrongly) has a
    // score that means little; it is said before the ranking, so the figures below are read with that in mind.
    private static void WriteMisfits(OfficeEvaluation evaluation, TextWriter output)
    {
        foreach (var unit in evaluation.Units.Where(u => u.Result.Problems.Any(p => p.Blocking)))
        {
            var problems = unit.Result.Problems.Where(p => p.Blocking).ToList();
            output.WriteLine($"PERHATIAN {unit.Result.Worksheet.FileName} tidak sesuai dengan rubrik {unit.Result.Rubric.Id}: "
                + $"{problems.Count} masalah; yang pertama: {problems[0].Message} ({problems[0].Source}). Nilainya tidak dapat dipakai.");
        }
    }

    private static void WriteRanking(OfficeEvaluation evaluation, TextWriter output)
    {
        output.WriteLine("Peringkat | Unit | Nilai akhir | Predikat | Perubahan dari tahun lalu");
        foreach (var unit in evaluation.Units)
            output.WriteLine($"{unit.Rank} | {unit.UnitCode} {unit.UnitName} | {IndonesianFormat.Number(unit.Result.Total)} | "
                + $"{unit.Result.Grade} | {Change(unit)}");
    }

    private static void WriteTotals(OfficeEvaluation evaluation, TextWriter output)
    {
        var wrong = evaluation.Differences.Where(d => d.IsTotal).ToList();
        output.WriteLine(wrong.Count == 0
            ? "NILAI AKHIR evaluator: sesuai dengan jawaban di semua lembar kerja."
            : $"NILAI AKHIR evaluator yang salah ({wrong.Count}):");
        foreach (var total in wrong)
            output.WriteLine($"  {total.Source}: ditulis {Figure(total.Stated)}, menurut jawaban {Figure(total.Computed)}");
    }

    private static void WriteDifferences(OfficeEvaluation evaluation, TextWriter output)
    {
        var subtotals = evaluation.Differences.Where(d => !d.IsTotal).ToList();
        if (subtotals.Count == 0)
            return;

        output.WriteLine($"Subtotal evaluator yang tidak sesuai dengan jawaban ({subtotals.Count}):");
        foreach (var difference in subtotals)
            output.WriteLine($"  {difference.Source}: {difference.Name} ditulis {Figure(difference.Stated)}, "
                + $"menurut jawaban {Figure(difference.Computed)}");
    }

    private static void WriteContradictions(OfficeEvaluation evaluation, TextWriter output)
    {
        var contradictions = evaluation.Contradictions.ToList();
        output.WriteLine($"Jawaban Capaian Kinerja yang bertentangan dengan data: {contradictions.Count}"
            + (contradictions.Count == 0 ? "" : " (rinciannya di laporan evaluasi tiap unit)"));
    }

    private static string Change(UnitEvaluation unit) => unit.Change switch
    {
        null => "belum ada nilai tahun lalu",
        > 0 and var up => $"naik {Figure(up)}",
        < 0 and var down => $"turun {Figure(-down)}",
        _ => "tetap",
    };

    private static string Figure(decimal value) => IndonesianFormat.Number(value);
}
