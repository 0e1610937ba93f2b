using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// One unit's evaluation report: the summary, its components and sub-components, the findings on
/// its worksheet, its "Capaian Kinerja" answers held against the data, and recommendations.
/// </summary>
internal static class UnitReport
{
    private const string Scores = "2";

    public static void Write(EvaluationDocument document, OfficeEvaluation evaluation, UnitEvaluation unit)
    {
        ReportTitle.Append(document, unit.UnitName, evaluation.Year,
        [
            ("Unit kerja", unit.UnitName),
            ("Instansi", document.Office.Name),
            ("Tahun yang dievaluasi", $"{evaluation.Year}"),
            ("Rubrik", unit.Result.Rubric.Name),
        ]);
        document.Append(Heading.Section("1. Ringkasan"));
        document.AppendPlain(UnitSummary.Of(unit, evaluation.Units.Count, evaluation.Year));

        document.Append(Heading.Section($"{Scores}. Nilai Komponen dan Sub Komponen"));
        document.AppendTable(Scores, "Nilai per komponen", ComponentTable.Build(unit, evaluation.Year));
        document.AppendTable(Scores, "Nilai per sub komponen", SubComponentTable.Build(unit.Result));

        Findings.Append(document, unit.Result);
        CapaianKinerjaSection.Append(document, unit, evaluation.Year);
        Recommendations.Append(document, unit);
    }
}
