using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The "Uji Capaian Kinerja terhadap Data" section of a unit's report: how the test works, the
/// table of checks, and how many answers the data bears out.
/// </summary>
internal static class CapaianKinerjaSection
{
    public const string Section = "4";

    public static void Append(EvaluationDocument document, UnitEvaluation unit, int year)
    {
        document.Append(Heading.Section($"{Section}. Uji Capaian Kinerja terhadap Data"));
        if (unit.Checks.Count == 0)
        {
            document.AppendPlain("Tidak ada kriteria Capaian Kinerja di lembar kerja ini yang dapat diuji terhadap data.");
            return;
        }

        document.Append(KeepWithNext.Apply(BodyText.Plain(Method(year))));
        document.AppendTable(Section, "Uji jawaban Capaian Kinerja terhadap data", CheckTable.Build(unit.Checks));
        document.AppendPlain(Tally(unit.Checks));
    }

    private static string Method(int year) =>
        $"Jawaban kriteria Capaian Kinerja diuji terhadap capaian Desember {year} dan {year - 1} dari data kinerja. "
        + $"Jawaban dinyatakan sesuai bila nilainya berselisih paling banyak {IndonesianFormat.Figure(AnswerCheck.MaxGap)} "
        + "(satu tingkat jawaban) dari bagian yang ditunjukkan data.";

    /// <summary>"Dari 4 kriteria yang diuji, 2 sesuai, 1 bertentangan dengan data, dan 1 tidak dapat diuji."</summary>
    public static string Tally(IReadOnlyList<AnswerCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);

        var parts = Enum.GetValues<CheckVerdict>()
            .Select(v => (Verdict: v, Count: checks.Count(c => c.Verdict == v)))
            .Where(v => v.Count > 0)
            .Select(v => $"{v.Count} {CheckText.Verdict(v.Verdict).ToLowerInvariant()}")
            .ToList();
        return $"Dari {checks.Count} kriteria yang diuji, {IndonesianList.Join(parts)}.";
    }
}
