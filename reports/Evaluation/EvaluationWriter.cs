using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Exports;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// Writes a year's internal SAKIP evaluation (LKE) for people: the office's report, one report per
/// unit and a recap workbook. The output depends only on the evaluation, the office and the clock's
/// date, which the documents print.
/// </summary>
public sealed class EvaluationWriter(TimeProvider clock)
{
    private readonly TimeProvider _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>
    /// Writes into folder: the office report "Evaluasi-SAKIP-&lt;year&gt;.docx", one report per unit
    /// "Evaluasi-SAKIP-&lt;UNITCODE&gt;-&lt;year&gt;.docx", and the recap workbook "Rekap-LKE-&lt;year&gt;.xlsx";
    /// returns the paths written (office report first, then units in rank order, then the workbook).
    /// Each file appears whole or not at all.
    /// </summary>
    public IReadOnlyList<string> WriteToFolder(OfficeEvaluation evaluation, OfficeProfile office, string folder)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(office);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (evaluation.Units.Count == 0)
            throw new ArgumentException(
                $"The evaluation of {evaluation.Year} has no unit worksheet to report on.", nameof(evaluation));

        Directory.CreateDirectory(folder);
        List<string> paths = [WriteOffice(evaluation, office, folder)];
        paths.AddRange(evaluation.Units.Select(unit => WriteUnit(evaluation, unit, office, folder)));
        paths.Add(WriteRecap(evaluation, office, folder));
        return paths;
    }

    private string WriteOffice(OfficeEvaluation evaluation, OfficeProfile office, string folder)
    {
        var info = new DocumentInfo($"{ReportTitle.Text} {office.Name} Tahun {evaluation.Year}",
            $"Hasil Evaluasi SAKIP Tahun {evaluation.Year}", Today());
        return WriteDocument(Path.Combine(folder, $"Evaluasi-SAKIP-{evaluation.Year}.docx"), info, office,
            document => OfficeReport.Write(document, evaluation));
    }

    private string WriteUnit(OfficeEvaluation evaluation, UnitEvaluation unit, OfficeProfile office, string folder)
    {
        var code = FileNamePart(unit.UnitCode);
        var info = new DocumentInfo($"{ReportTitle.Text} {unit.UnitName} Tahun {evaluation.Year}",
            $"Hasil Evaluasi SAKIP {unit.UnitCode} Tahun {evaluation.Year}", Today());
        return WriteDocument(Path.Combine(folder, $"Evaluasi-SAKIP-{code}-{evaluation.Year}.docx"), info, office,
            document => UnitReport.Write(document, evaluation, unit));
    }

    private string WriteRecap(OfficeEvaluation evaluation, OfficeProfile office, string folder)
    {
        var path = Path.Combine(folder, $"Rekap-LKE-{evaluation.Year}.xlsx");
        var madeAt = _clock.GetLocalNow();

        WholeFile.Write(path, stream => RecapWorkbook.Write(evaluation, office, madeAt, stream));
        return path;
    }

    private static string WriteDocument(
        string path, DocumentInfo info, OfficeProfile office, Action<EvaluationDocument> compose)
    {
        WholeFile.Write(path, stream =>
        {
            using var package = WordPackage.Create(stream, info);
            compose(new EvaluationDocument(package, office, info.Created));
            package.Finish();
        });
        return path;
    }

    // A unit code is a short upper-case name; anything a file name cannot hold becomes a hyphen.
    private static string FileNamePart(string code)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. code.Trim().ToUpperInvariant().Select(c => invalid.Contains(c) ? '-' : c)]);
    }

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
}
