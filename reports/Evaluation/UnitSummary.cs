using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The opening paragraph of a unit's report: its final score, predikat, rank among the units and
/// the change from last year.
/// </summary>
internal static class UnitSummary
{
    public static string Of(UnitEvaluation unit, int units, int year)
    {
        ArgumentNullException.ThrowIfNull(unit);

        var result = unit.Result;
        return $"Nilai akhir evaluasi akuntabilitas kinerja internal {unit.UnitName} tahun {year} adalah "
            + $"{IndonesianFormat.Number(result.Total)} dengan predikat {result.Grade}, "
            + $"peringkat {unit.Rank} dari {units} unit. "
            + Change(unit, year);
    }

    private static string Change(UnitEvaluation unit, int year)
    {
        if (unit.LastYear is not { } previous)
            return $"Lembar kerja tahun {year - 1} tidak tersedia, sehingga perubahan dari tahun lalu tidak dapat dihitung.";

        if (unit.Comparable is not { } last)
            return $"Lembar kerja tahun {year - 1} dinilai dengan rubrik {previous.Rubric.Id} ({IndonesianFormat.Number(previous.Total)}), "
                + $"berbeda dari rubrik {unit.Result.Rubric.Id} tahun ini, sehingga nilainya tidak dibandingkan.";

        var grade = last.Grade.Grade == unit.Result.Grade.Grade
            ? string.Empty
            : $", dengan predikat sebelumnya {last.Grade}";
        return $"Nilai ini {ChangeText.Phrase(unit.Result.Total, last.Total, last.Worksheet.Year)}{grade}.";
    }
}
